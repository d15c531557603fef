package com.atrium.redemption;

import java.io.Serializable;
import java.time.Instant;

/**
 * A reward of the catalog as the portal shows it: {@code providerTenantId} null for the operator's
 * own stock, {@code mallId} null for a reward of the whole group.
 */
public record RewardView(
    long id,
    String code,
    String name,
    String description,
    long pointsPrice,
    long stock,
    int perMemberLimit,
    Instant validFrom,
    Instant validUntil,
    int couponValidDays,
    Long providerTenantId,
    Long mallId,
    String status)
    implements Serializable {

  public boolean isActive() {
    return "ACTIVE".equals(status);
  }
}
