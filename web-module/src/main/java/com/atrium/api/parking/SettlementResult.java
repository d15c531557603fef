package com.atrium.api.parking;

import com.atrium.parking.ParkingSettlement;
import java.time.Instant;

/** A settlement's receipt: minutes and fen as applied; a replay is the header, not a field. */
public record SettlementResult(
    long receiptId,
    String sessionId,
    String state,
    int appliedMinutes,
    long appliedFen,
    int tierMinutes,
    int spendMinutes,
    int pointHours,
    long points,
    Instant settledAt,
    Instant releasedAt,
    int partnerMinutes) {

  static SettlementResult of(ParkingSettlement.Receipt r) {
    return new SettlementResult(
        r.receiptId(),
        r.sessionId(),
        r.state(),
        r.appliedMinutes(),
        r.appliedFen(),
        r.tierMinutes(),
        r.spendMinutes(),
        r.pointHours(),
        r.points(),
        r.settledAt(),
        r.releasedAt(),
        r.partnerMinutes());
  }
}
