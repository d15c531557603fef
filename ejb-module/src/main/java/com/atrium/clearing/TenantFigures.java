package com.atrium.clearing;

import java.util.List;
import java.util.Objects;

/**
 * Everything the arithmetic needs for one tenant's statement: its settlement mode, its block when
 * prepaid, and its figures per rate period in booked-time order, the periods adjoining each other.
 */
public record TenantFigures(
    String party, SettlementMode mode, PrepaidBlock block, List<RatedPoints> periods) {

  public TenantFigures {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(mode, "mode");
    periods = List.copyOf(periods);
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("a statement covers at least one rate period");
    }
    for (int i = 1; i < periods.size(); i++) {
      if (!periods.get(i).rates().from().equals(periods.get(i - 1).rates().to())) {
        throw new IllegalArgumentException("rate periods adjoin in booked-time order");
      }
    }
    if (mode == SettlementMode.PREPAID && block == null) {
      throw new IllegalArgumentException("a prepaid tenant's statement needs its block");
    }
    if (mode == SettlementMode.POSTPAID && block != null) {
      throw new IllegalArgumentException("a postpaid tenant has no block");
    }
  }

  /** A postpaid tenant's figures. */
  public static TenantFigures postpaid(String party, List<RatedPoints> periods) {
    return new TenantFigures(party, SettlementMode.POSTPAID, null, periods);
  }

  /** A prepaid tenant's figures with its block. */
  public static TenantFigures prepaid(String party, PrepaidBlock block, List<RatedPoints> periods) {
    return new TenantFigures(party, SettlementMode.PREPAID, block, periods);
  }
}
