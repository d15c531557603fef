package com.atrium.redemption;

import com.atrium.ledger.Overdraft;

/**
 * What a refund does with points of the sale the member already spent (config {@code
 * atrium.refund.policy}; docs/redemption.md).
 */
public enum RefundPolicy {
  /**
   * Take them anyway: first from the member's other points, then into a negative balance ({@link
   * Overdraft#ALLOW_NEGATIVE}) that later earning repays before it opens a lot. Needs {@code
   * atrium.ledger.allow-negative-balance=true} so the ledger check accepts negative balances.
   */
  ALLOW_NEGATIVE,
  /**
   * Take what the member has, down to zero, and flag the member for customer service with the
   * points left unrecovered.
   */
  STOP_AT_ZERO
}
