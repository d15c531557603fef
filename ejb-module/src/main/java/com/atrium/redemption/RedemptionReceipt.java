package com.atrium.redemption;

import java.time.Instant;

/** A redemption and its coupon as the redeemer sees it; {@code replayed} marks a replay. */
public record RedemptionReceipt(
    long redemptionId,
    String rewardCode,
    String rewardName,
    long memberId,
    long points,
    long balance,
    String couponCode,
    String status,
    Instant issuedAt,
    Instant validUntil,
    boolean replayed) {

  /** The coupon code as people read it ({@code XXXX-XXXX-XXXXX}). */
  public String displayCode() {
    return CouponCode.display(couponCode);
  }
}
