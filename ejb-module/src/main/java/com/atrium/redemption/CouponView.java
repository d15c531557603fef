package com.atrium.redemption;

import java.time.Instant;

/**
 * A coupon as its verifier sees it before confirming: the reward, the member only as a masked
 * phone, its validity, and once verified when and at which store ({@code verifiedStore} null: the
 * operator's service desk). {@code verifiable}: issued and not yet expired.
 */
public record CouponView(
    String couponCode,
    String rewardCode,
    String rewardName,
    String memberMaskedPhone,
    String status,
    Instant issuedAt,
    Instant validUntil,
    Instant verifiedAt,
    String verifiedStore,
    boolean verifiable) {

  /** The code as people read it ({@code XXXX-XXXX-XXXXX}). */
  public String displayCode() {
    return CouponCode.display(couponCode);
  }
}
