/**
 * A tenant manager's clearing pages: its statements, one with its lines, and its disputes
 * (docs/clearing.md, "Tenant statements and disputes"). Guarded in web.xml by {@code
 * MERCHANT_MANAGER}; the clearing services confine every call to the manager's tenant.
 */
package com.atrium.portal.merchant.clearing;
