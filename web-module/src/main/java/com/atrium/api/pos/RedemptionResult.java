package com.atrium.api.pos;

import com.atrium.redemption.RedemptionReceipt;
import java.time.Instant;

/** A redemption and its coupon; the code is shown to the provider to verify (核销). */
public record RedemptionResult(
    long redemptionId,
    String rewardCode,
    String rewardName,
    long points,
    long balance,
    String couponCode,
    String status,
    Instant issuedAt,
    Instant validUntil) {

  static RedemptionResult of(RedemptionReceipt r) {
    return new RedemptionResult(
        r.redemptionId(),
        r.rewardCode(),
        r.rewardName(),
        r.points(),
        r.balance(),
        r.couponCode(),
        r.status(),
        r.issuedAt(),
        r.validUntil());
  }
}
