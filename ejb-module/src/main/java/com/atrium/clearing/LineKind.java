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
  DISPUTE_CORRECTION,
  /** A postpaid partner's exchanges in: the points it funded, at its agreement's cost: it pays. */
  EXCHANGE_IN_CHARGE,
  /** Exchanges in rejected or reversed: the charge is given back. */
  EXCHANGE_IN_REVERSED,
  /** As {@link #EXCHANGE_IN_REVERSED}, for an exchange booked in an earlier period. */
  LATE_EXCHANGE_IN_REVERSED,
  /** A prepaid partner's exchanges in, paid already from its deposit: amount 0.00. */
  EXCHANGE_IN_FROM_DEPOSIT,
  /** A prepaid partner's exchanges in reversed, back into its deposit: amount 0.00. */
  EXCHANGE_IN_RETURNED_TO_DEPOSIT,
  /** As {@link #EXCHANGE_IN_RETURNED_TO_DEPOSIT}, for an exchange of an earlier period. */
  LATE_EXCHANGE_IN_RETURNED_TO_DEPOSIT,
  /** Points exchanged out to the partner, at its agreement's cost: the operator pays it. */
  EXCHANGE_OUT_REIMBURSEMENT,
  /** Exchanges out rejected or reversed: the reimbursement is taken back. */
  EXCHANGE_OUT_REVERSED,
  /** As {@link #EXCHANGE_OUT_REVERSED}, for an exchange booked in an earlier period. */
  LATE_EXCHANGE_OUT_REVERSED,
  /**
   * The agreement's fees of the period's exchanges (each rounded to the fen when made): it pays.
   */
  EXCHANGE_FEE,
  /** The fees of exchanges rejected or reversed, given back. */
  EXCHANGE_FEE_RETURNED,
  /** As {@link #EXCHANGE_FEE_RETURNED}, for an exchange booked in an earlier period. */
  LATE_EXCHANGE_FEE_RETURNED,
  /** A prepaid partner's fees of exchanges in, drawn with them from its deposit: 0.00. */
  EXCHANGE_FEE_FROM_DEPOSIT,
  /** Such fees of exchanges in reversed, back into the deposit: 0.00. */
  EXCHANGE_FEE_RETURNED_TO_DEPOSIT,
  /** As {@link #EXCHANGE_FEE_RETURNED_TO_DEPOSIT}, for an exchange of an earlier period. */
  LATE_EXCHANGE_FEE_RETURNED_TO_DEPOSIT,
  /**
   * Free parking minutes the party pays for (a tenant: minutes its same-day sales unlocked; a
   * partner: its rights' minutes): the sum of the parking charges, each rounded to the fen by the
   * parking context; no points, the minutes on the line. It pays.
   */
  PARKING_CHARGE,
  /**
   * A settlement booked in an earlier period and released in this one, given back to the party its
   * {@link #PARKING_CHARGE} counted it on: its charges negated (amount positive, minutes negative).
   * One line per settlement, naming it and its period ({@link Adjustment.Source#SETTLEMENT}).
   */
  LATE_PARKING_CHARGE_RELEASED,
  /**
   * The operator's statement only: free minutes the operator pays for itself (tier minutes, spend
   * minutes when the mall has the operator pay them). A memo: amount 0.00, the cost in {@code
   * memo}: nobody in the run pays it, so the run still nets to zero.
   */
  PARKING_OPERATOR_COST,
  /**
   * As {@link #LATE_PARKING_CHARGE_RELEASED}, for the free minutes of such a settlement the
   * operator bore itself: a memo (amount 0.00, the cost given back negative in {@code memo}).
   */
  LATE_PARKING_OPERATOR_COST_RELEASED,
  /** A prepaid partner's deposit at the period's start (memo: amount 0.00, CNY in memo). */
  DEPOSIT_OPENING,
  /** The partner's payments into its deposit in the period (memo). */
  DEPOSIT_TOPPED_UP,
  /** The deposit drawn by exchanges in, value and fee (memo). */
  DEPOSIT_DRAWN,
  /** The deposit given back by reversals (memo). */
  DEPOSIT_RETURNED,
  /** The deposit at the period's end (memo). */
  DEPOSIT_CLOSING;

  /**
   * A memo line records a figure without settling it (its amount is always 0.00, the figure is its
   * memo): the operator's statement does not sum these.
   */
  public boolean memo() {
    return this == PARKING_OPERATOR_COST
        || this == LATE_PARKING_OPERATOR_COST_RELEASED
        || name().startsWith("DEPOSIT_");
  }

  /** Whether the line adjusts an earlier period: it names what it gives back or takes again. */
  public boolean late() {
    return name().startsWith("LATE_");
  }

  /**
   * Whether the line sums parking charges: its drill-down lists them ({@link
   * ClearingTraces#settlements}), not journal entries.
   */
  public boolean parking() {
    return name().contains("PARKING_");
  }

  /**
   * Whether the line's drill-down lists its journal entries: every kind but the memo lines, the
   * parking lines (they list their parking charges, {@link ClearingTraces#settlements}); a
   * partner's exchange fee line lists the exchanges of its value line.
   */
  public boolean drillable() {
    return !memo() && !parking();
  }

  /**
   * Whether the line of a party of a kind drills down to its entries: an operator's exchange fee
   * line does not (it sums both directions and every cost, which no entry's points say): it lists
   * its exchanges with their fees ({@link #feeLine}).
   */
  public boolean drillableFor(PartyKind party) {
    return drillable() && !(party == PartyKind.OPERATOR && name().contains("EXCHANGE_FEE"));
  }

  /**
   * Whether the line sums exchanges' fees: its drill-down lists the exchanges with each fee, which
   * sum to its amount ({@link ClearingTraces#fees}).
   */
  public boolean feeLine() {
    return name().contains("EXCHANGE_FEE");
  }

  /**
   * Whether a deposit memo line lists the movements of its period ({@link
   * ClearingTraces#movements}): the top-ups, draws and returns; the opening and the closing are
   * balances, not movements of the period, and list none.
   */
  public boolean depositMovements() {
    return this == DEPOSIT_TOPPED_UP || this == DEPOSIT_DRAWN || this == DEPOSIT_RETURNED;
  }

  /**
   * Which drill-down lists what is behind a line of this kind: a parking line its charges, a fee
   * line its exchanges with their fees, a deposit memo line its movements (the opening and the
   * closing none: that drill-down refuses them), every other line its journal entries.
   */
  public DrillDown drillDown() {
    if (parking()) {
      return DrillDown.SETTLEMENTS;
    }
    if (feeLine()) {
      return DrillDown.EXCHANGES;
    }
    return name().startsWith("DEPOSIT_") ? DrillDown.MOVEMENTS : DrillDown.ENTRIES;
  }
}
