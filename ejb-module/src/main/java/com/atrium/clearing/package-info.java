/**
 * Clearing: what each tenant (and later each partner) owes the operator, or is owed, for the points
 * it funded and the points spent at its till, per mall and period (docs/clearing.md).
 *
 * <p>Owns the tenants' clearing terms and their history ({@code clearing_terms}), and the statement
 * arithmetic. Reads the ledger only through {@code ledger.LedgerReadings} and tenants only through
 * {@code tenant.TenantService}; it never posts points and never reads another context's tables.
 */
package com.atrium.clearing;
