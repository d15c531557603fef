package com.atrium.tenant;

/**
 * A tenant was added to a mall. Fired inside the creating transaction, so whatever the contexts
 * above open for it (the ledger's accounts) commits or rolls back with the tenant.
 */
public record TenantOpened(long tenantId, long mallId, String code) {}
