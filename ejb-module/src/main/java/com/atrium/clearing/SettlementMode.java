package com.atrium.clearing;

/** How a tenant pays for the points it funds (docs/clearing.md, "Settlement mode"). */
public enum SettlementMode {
  /** Billed on the period's statement. */
  POSTPAID,
  /**
   * Paid in advance by buying blocks of points; issuance draws the block down, and the points
   * beyond it (an overdraft: sales never fail for it) are billed on the statement.
   */
  PREPAID
}
