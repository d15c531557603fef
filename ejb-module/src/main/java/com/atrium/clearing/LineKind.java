package com.atrium.clearing;

/**
 * The kinds of statement line, in the order a statement lists them. The sign of a line's amount is
 * from the party's side: positive, the operator owes it; negative, it owes the operator. The {@code
 * LATE_} kinds are adjustment lines: reversals of an entry booked in an earlier period, one line
 * per original, which the line names ({@link Adjustment}); so is {@link #DISPUTE_CORRECTION}.
 */
public enum LineKind {
  /** Points the tenant funded (credited at its till), at its cost per point: it pays. */
  ISSUANCE_CHARGE,
  /** Funded points taken back by refunds, at its cost per point: the charge is reversed. */
  ISSUANCE_REVERSED,
  /** As {@link #ISSUANCE_REVERSED}, for a refund of a sale booked in an earlier period. */
  LATE_ISSUANCE_REVERSED,
  /** A prepaid tenant's funded points, paid already with its block: amount 0.00. */
  FUNDED_FROM_BLOCK,
  /** A prepaid tenant's funded points taken back by refunds, back into its block: amount 0.00. */
  RETURNED_TO_BLOCK,
  /** As {@link #RETURNED_TO_BLOCK}, for a refund of a sale booked in an earlier period. */
  LATE_RETURNED_TO_BLOCK,
  /** A prepaid tenant's funded points beyond its block, at its cost per point: it pays. */
  BLOCK_OVERDRAFT,
  /** Points of campaigns the tenant funds, at its cost per point: it pays. */
  CAMPAIGN_CHARGE,
  /** Such campaign points taken back by refunds, at its cost per point: the charge is reversed. */
  CAMPAIGN_REVERSED,
  /** As {@link #CAMPAIGN_REVERSED}, for a refund of a sale booked in an earlier period. */
  LATE_CAMPAIGN_REVERSED,
  /** A prepaid tenant's campaign points, paid already with its block: amount 0.00. */
  CAMPAIGN_FROM_BLOCK,
  /** A prepaid tenant's campaign points taken back by refunds, back into its block: 0.00. */
  CAMPAIGN_RETURNED_TO_BLOCK,
  /** As {@link #CAMPAIGN_RETURNED_TO_BLOCK}, for a refund of a sale of an earlier period. */
  LATE_CAMPAIGN_RETURNED_TO_BLOCK,
  /** Points spent at the tenant's till or on a reward it provides, at its reimbursement. */
  REIMBURSEMENT,
  /** Points of such spending given back by a cancellation: the reimbursement is reversed. */
  REIMBURSEMENT_REVERSED,
  /** As {@link #REIMBURSEMENT_REVERSED}, for a redemption booked in an earlier period. */
  LATE_REIMBURSEMENT_REVERSED,
  /** The clearing fee, a percentage of the net reimbursement: it pays. */
  CLEARING_FEE,
  /** The mall's share of the breakage of the tenant's points, at its cost per point. */
  BREAKAGE_SHARE,
  /**
   * A correction finance agreed on a dispute of an earlier period's statement, as agreed: no
   * points, no rate, the amount signed from the tenant's side like any line (positive, the operator
   * owes it). One line per dispute, naming the dispute, its run and period ({@link
   * Adjustment.Source#DISPUTE}).
   */
  DISPUTE_CORRECTION
}
