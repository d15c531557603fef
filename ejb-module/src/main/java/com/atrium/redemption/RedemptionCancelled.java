package com.atrium.redemption;

import java.time.Instant;

/**
 * An issued redemption was cancelled and its points given back to the member (cancelling it again
 * fires nothing). Fired inside the cancellation's transaction; it undoes a {@link PointsRedeemed}
 * of kind REWARD with the same {@code redemptionId}.
 *
 * @param tenantId the reward's provider (null: the operator's own stock)
 * @param mallId the redemption's mall (see {@link PointsRedeemed#mallId()})
 */
public record RedemptionCancelled(
    long redemptionId,
    long memberId,
    Long tenantId,
    Long mallId,
    long points,
    String rewardCode,
    Instant occurredAt) {}
