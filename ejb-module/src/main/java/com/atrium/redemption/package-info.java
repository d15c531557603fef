/**
 * Redemption: points spent as cash at a tenant's till, the rewards catalog, the coupons its
 * redemptions issue and their verification (核销) and cancellation, and POS refunds of sales with the
 * configured policy for points already spent (docs/redemption.md).
 *
 * <p>Owns the tables point_payment, reward, redemption, refund and member_flag. Every point moves
 * through {@link com.atrium.ledger.LedgerPostings}; this context never writes ledger tables. Every
 * machine write is exactly once: a unique constraint on (client scope, business key or
 * Idempotency-Key) plus a stored request hash, answered by the same {@link ExactlyOnce} retry as
 * sales.
 */
package com.atrium.redemption;
