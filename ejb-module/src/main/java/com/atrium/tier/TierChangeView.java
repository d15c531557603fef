package com.atrium.tier;

import java.math.BigDecimal;
import java.time.Instant;

/** One change of a member's tier as operators read it in the tier history. */
public record TierChangeView(
    Instant changedAt,
    String fromTier,
    String toTier,
    TierChange.Cause cause,
    BigDecimal qualifyingSpend,
    String reason,
    String actor) {

  static TierChangeView of(TierChange c) {
    return new TierChangeView(
        c.changedAt(),
        c.fromTier(),
        c.toTier(),
        c.cause(),
        c.qualifyingSpend(),
        c.reason(),
        c.actor());
  }
}
