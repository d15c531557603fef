package com.atrium.api.pos;

import com.atrium.redemption.RedemptionReceipt;
import java.time.Instant;

/**
 * A coupon as the providing tenant's till sees it: which reward, and whether it can still be
 * verified. Never the member's balance or identity.
 */
public record CouponResult(
    String couponCode,
    String rewardCode,
    String rewardName,
    String status,
    Instant issuedAt,
    Instant validUntil) {

  static CouponResult of(RedemptionReceipt r) {
    return new CouponResult(
        r.couponCode(), r.rewardCode(), r.rewardName(), r.status(), r.issuedAt(), r.validUntil());
  }
}
