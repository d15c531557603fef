package com.atrium.clearing;

/**
 * What the ledger booked for one tenant in one rate period, in points, each figure counted as a
 * quantity (never negative): points it {@code funded} at its till, of those taken back by refunds
 * ({@code fundedReversed}), points {@code redeemed} at its till or on a reward it provides, of
 * those given back by cancellations ({@code redemptionsCancelled}), and points of its lots that
 * {@code expired}.
 */
public record PointFigures(
    long funded, long fundedReversed, long redeemed, long redemptionsCancelled, long expired) {

  public static final PointFigures NONE = new PointFigures(0, 0, 0, 0, 0);

  public PointFigures {
    if (funded < 0
        || fundedReversed < 0
        || redeemed < 0
        || redemptionsCancelled < 0
        || expired < 0) {
      throw new IllegalArgumentException("point figures are quantities, never negative");
    }
  }

  /**
   * Funded less reversed: what a prepaid tenant's block is drawn down by (negative: given back).
   */
  public long netFunded() {
    return funded - fundedReversed;
  }

  /** Redeemed less cancelled: what the clearing fee is charged on. */
  public long netRedeemed() {
    return redeemed - redemptionsCancelled;
  }
}
