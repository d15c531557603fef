package com.atrium.clearing;

import java.util.Objects;

/**
 * Points of one rate period that reverse an entry booked before the statement's period: a refund of
 * an earlier period's sale ({@link Of#FUNDING}, and {@link Of#CAMPAIGN} for the points of a
 * campaign the tenant funds) or a cancellation of an earlier period's redemption ({@link
 * Of#REDEMPTION}). They are part of the period's reversed or cancelled figures and are listed as an
 * adjustment line of their own that names the original.
 */
public record LateReversal(Of of, Adjustment original, long points, LineTrace trace) {

  /** Which figure the late points reverse. */
  public enum Of {
    FUNDING,
    REDEMPTION,
    CAMPAIGN
  }

  public LateReversal {
    Objects.requireNonNull(of, "of");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(trace, "trace");
    if (points <= 0) {
      throw new IllegalArgumentException("a late reversal gives back a positive number of points");
    }
  }
}
