/**
 * The tenant managers' REST calls under {@code /api/v1/merchant}: their own tenant's clearing
 * statements and disputes, from the portal session (web.xml: {@code MERCHANT_MANAGER}). The
 * services confine every call to the caller's tenant; resources here translate only.
 */
package com.atrium.api.merchant;
