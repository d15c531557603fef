/**
 * Tenant context: the operator's malls, the tenant merchants renting units in them, and the
 * configured commercial terms of each tenant (earn multiplier, clearing rates, points-as-cash).
 * Owns tables {@code mall} and {@code tenant}. Does not know members or points: a new tenant's
 * ledger accounts are the ledger's reaction to {@code TenantOpened}. One-mall operators see only
 * their mall's tenants ({@code CurrentCaller.maySeeMall}). Answers the question the security
 * context below declares about tenants ({@code security.TenantDirectory}) in {@code TenantRoster}.
 */
package com.atrium.tenant;
