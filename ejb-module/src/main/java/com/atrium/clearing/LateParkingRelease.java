package com.atrium.clearing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One payer's parking charges of a settlement booked before the statement's period and released in
 * it (docs/clearing.md, "Parking"): the free {@code minutes} and their {@code cost} it was charged
 * when the settlement counted in its own period, given back now on an adjustment line that names
 * the settlement ({@code original}); {@code settlement} traces it (one settlement, its id).
 */
public record LateParkingRelease(
    Adjustment original, BigDecimal minutes, BigDecimal cost, LineTrace settlement) {

  public LateParkingRelease {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(minutes, "minutes");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(settlement, "settlement");
    if (original.source() != Adjustment.Source.SETTLEMENT) {
      throw new IllegalArgumentException("a released settlement names the settlement");
    }
    if (minutes.signum() < 0 || cost.signum() < 0 || cost.scale() > 2) {
      throw new IllegalArgumentException("released minutes and cost are at least 0, cost in fen");
    }
  }
}
