package com.atrium.redemption;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A member spent points (a replay fires nothing): as cash at a tenant's till, or on a reward of the
 * catalog. Fired inside the transaction that debits them, so a reaction commits or rolls back with
 * the debit.
 *
 * @param recordId the point payment's id, or the redemption's
 * @param tenantId the till's tenant, or the reward's provider (null: the operator's own stock)
 * @param mallId the mall it happened at; null only for the operator's own stock redeemed by a
 *     group-wide operator
 * @param cashValue the CNY the points paid at the till; null for a reward
 * @param rewardCode the reward redeemed; null for points as cash
 */
public record PointsRedeemed(
    Kind kind,
    long recordId,
    long memberId,
    Long tenantId,
    Long mallId,
    long points,
    BigDecimal cashValue,
    String rewardCode,
    Instant occurredAt) {

  /** What the points were spent on. */
  public enum Kind {
    POINTS_AS_CASH,
    REWARD
  }

  static PointsRedeemed asCash(PointPayment p) {
    return new PointsRedeemed(
        Kind.POINTS_AS_CASH,
        p.id(),
        p.memberId(),
        p.tenantId(),
        p.mallId(),
        p.points(),
        p.cashValue(),
        null,
        p.recordedAt());
  }

  static PointsRedeemed onReward(Redemption r, String rewardCode) {
    return new PointsRedeemed(
        Kind.REWARD,
        r.id(),
        r.memberId(),
        r.providerTenantId(),
        r.mallId(),
        r.points(),
        null,
        rewardCode,
        r.issuedAt());
  }
}
