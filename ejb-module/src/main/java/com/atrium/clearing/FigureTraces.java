package com.atrium.clearing;

import java.util.Objects;

/**
 * The entries behind each figure of one rate period ({@link PointFigures}), reversals booked on
 * time only: the late ones are traced with their {@link LateReversal}.
 */
public record FigureTraces(
    LineTrace funded,
    LineTrace fundedReversed,
    LineTrace redeemed,
    LineTrace redemptionsCancelled,
    LineTrace expired,
    LineTrace campaignFunded,
    LineTrace campaignReversed) {

  public static final FigureTraces NONE =
      new FigureTraces(
          LineTrace.NONE, LineTrace.NONE, LineTrace.NONE, LineTrace.NONE, LineTrace.NONE);

  public FigureTraces {
    Objects.requireNonNull(funded, "funded");
    Objects.requireNonNull(fundedReversed, "fundedReversed");
    Objects.requireNonNull(redeemed, "redeemed");
    Objects.requireNonNull(redemptionsCancelled, "redemptionsCancelled");
    Objects.requireNonNull(expired, "expired");
    Objects.requireNonNull(campaignFunded, "campaignFunded");
    Objects.requireNonNull(campaignReversed, "campaignReversed");
  }

  /** Traces of a tenant that funds no campaign. */
  public FigureTraces(
      LineTrace funded,
      LineTrace fundedReversed,
      LineTrace redeemed,
      LineTrace redemptionsCancelled,
      LineTrace expired) {
    this(
        funded,
        fundedReversed,
        redeemed,
        redemptionsCancelled,
        expired,
        LineTrace.NONE,
        LineTrace.NONE);
  }
}
