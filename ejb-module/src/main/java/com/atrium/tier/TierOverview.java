package com.atrium.tier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A member's tier as operators see it: the tier, the floor an operator set (and why), the
 * qualifying spend, and the grace period of a pending downgrade.
 */
public record TierOverview(
    String tier,
    String qualifiedTier,
    BigDecimal qualifyingSpend,
    String floorTier,
    String floorReason,
    String floorSetBy,
    Instant floorSetAt,
    LocalDate belowSince,
    LocalDate graceEnds) {}
