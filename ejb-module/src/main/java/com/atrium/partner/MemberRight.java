package com.atrium.partner;

import java.time.Instant;

/**
 * A member's right as the operator's member page shows it: the source (partner code and name), the
 * right and what it gives, the period, the state now and, once revoked, by whom and why.
 */
public record MemberRight(
    long id,
    String partnerCode,
    String partnerName,
    String rightCode,
    String rightName,
    String tierFloor,
    int parkingMinutes,
    int wifiExtraMb,
    RightState state,
    Instant validFrom,
    Instant validUntil,
    Instant revokedAt,
    String revokedBy,
    String revokeReason) {

  public boolean isRevocable() {
    return state == RightState.ACTIVE || state == RightState.SCHEDULED;
  }
}
