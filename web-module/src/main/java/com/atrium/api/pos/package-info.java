/**
 * REST API for tenants' POS systems ({@code /api/v1/pos}): sales, member registration and balance
 * inquiries. Every call is signed with the tenant's key and confined to that tenant.
 */
package com.atrium.api.pos;
