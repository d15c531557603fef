package com.atrium.ledger;

/**
 * What a debit does when the member's lots do not cover it. The default everywhere is {@link
 * #REFUSE}; {@link #ALLOW_NEGATIVE} is the hook for the refund policy "allow a negative balance,
 * recovered from future earning" (docs/ledger.md), and only a caller that implements that policy
 * passes it.
 */
public enum Overdraft {
  /** Refuse with INSUFFICIENT_POINTS; the balance never goes below zero. */
  REFUSE,
  /**
   * Take what the lots hold and let the balance go below zero for the rest. The uncovered part
   * consumes no lot; later credits repay it before they open a lot.
   */
  ALLOW_NEGATIVE
}
