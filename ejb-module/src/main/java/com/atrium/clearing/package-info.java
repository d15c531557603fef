/**
 * Clearing: what each tenant (and later each partner) owes the operator, or is owed, for the points
 * it funded and the points spent at its till, per mall and period (docs/clearing.md).
 *
 * <p>Owns the tenants' clearing terms and their history ({@code clearing_terms}), the statement
 * arithmetic, clearing runs with the statements and lines they keep ({@code clearing_run}, {@code
 * clearing_statement}, {@code clearing_line}), tenants' disputes of their statements with the
 * corrections agreed ({@code clearing_dispute}) and prepaid tenants' block purchases ({@code
 * prepaid_block_purchase}). Reads the ledger only through {@code ledger.LedgerReadings} and tenants
 * and malls only through the tenant context ({@code tenant.TenantService}, {@code MallRegistry},
 * {@code MallConfiguration}); learns of sales from earning's {@code SaleRecorded} and queues the
 * block alert through {@code notification.Outbox}; it never posts points and never reads another
 * context's tables.
 */
package com.atrium.clearing;
