package com.atrium.clearing;

/**
 * What the ledger booked for one tenant in one rate period, in points, each figure counted as a
 * quantity (never negative): points it {@code funded} at its till, of those taken back by refunds
 * ({@code fundedReversed}), points {@code redeemed} at its till or on a reward it provides, of
 * those given back by cancellations ({@code redemptionsCancelled}), points of its lots that {@code
 * expired} (its campaigns' lots included), and the points of campaigns it funds ({@code
 * campaignFunded}, its campaign account's credits) with those of them taken back by refunds ({@code
 * campaignReversed}).
 */
public record PointFigures(
    long funded,
    long fundedReversed,
    long redeemed,
    long redemptionsCancelled,
    long expired,
    long campaignFunded,
    long campaignReversed) {

  public static final PointFigures NONE = new PointFigures(0, 0, 0, 0, 0);

  public PointFigures {
    if (funded < 0
        || fundedReversed < 0
        || redeemed < 0
        || redemptionsCancelled < 0
        || expired < 0
        || campaignFunded < 0
        || campaignReversed < 0) {
      throw new IllegalArgumentException("point figures are quantities, never negative");
    }
  }

  /** Figures of a tenant that funds no campaign. */
  public PointFigures(
      long funded, long fundedReversed, long redeemed, long redemptionsCancelled, long expired) {
    this(funded, fundedReversed, redeemed, redemptionsCancelled, expired, 0, 0);
  }

  /**
   * Funded less reversed, its campaigns' points included: what a prepaid tenant's block is drawn
   * down by (negative: given back).
   */
  public long netFunded() {
    return funded - fundedReversed + campaignFunded - campaignReversed;
  }

  /** Redeemed less cancelled: what the clearing fee is charged on. */
  public long netRedeemed() {
    return redeemed - redemptionsCancelled;
  }
}
