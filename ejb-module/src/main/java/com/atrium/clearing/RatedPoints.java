package com.atrium.clearing;

import java.util.List;
import java.util.Objects;

/**
 * A tenant's point figures over one rate period, priced with that period's rates: {@code points}
 * counts every entry booked in it, late reversals included; {@code late} says which of its reversed
 * and cancelled points reverse entries of an earlier period, each naming its original; {@code
 * traces} are the entries behind the rest.
 */
public record RatedPoints(
    RatePeriod rates, PointFigures points, FigureTraces traces, List<LateReversal> late) {

  public RatedPoints {
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(traces, "traces");
    late = List.copyOf(late);
    if (lateOf(late, LateReversal.Of.FUNDING) > points.fundedReversed()
        || lateOf(late, LateReversal.Of.REDEMPTION) > points.redemptionsCancelled()
        || lateOf(late, LateReversal.Of.CAMPAIGN) > points.campaignReversed()) {
      throw new IllegalArgumentException("late reversals are part of the period's reversals");
    }
  }

  /** Figures made by hand (no entries behind them, nothing late). */
  public RatedPoints(RatePeriod rates, PointFigures points) {
    this(rates, points, FigureTraces.NONE, List.of());
  }

  /** The points of the period's late reversals of one figure. */
  public long late(LateReversal.Of of) {
    return lateOf(late, of);
  }

  private static long lateOf(List<LateReversal> late, LateReversal.Of of) {
    return late.stream().filter(l -> l.of() == of).mapToLong(LateReversal::points).sum();
  }
}
