package com.atrium.parking;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Which parking charges a clearing line sums ({@link ParkingChargeTraces}): a mall's, of the line's
 * period {@code [from, to)} as counted when its run was computed ({@code asOf}), of payers of
 * {@code payerKinds} (narrowed to one tenant or one partner when given), among the settlements
 * {@code firstSettlement..lastSettlement} (the line's span, so a page is one index range).
 */
public record ChargeSelection(
    long mallId,
    Instant from,
    Instant to,
    Instant asOf,
    Set<String> payerKinds,
    Long tenantId,
    String partnerCode,
    long firstSettlement,
    long lastSettlement) {

  public ChargeSelection {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(asOf, "asOf");
    payerKinds = Set.copyOf(payerKinds);
  }
}
