package com.atrium.clearing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The balance arithmetic of prepaid blocks (docs/clearing.md, "Prepaid blocks"). Pure.
 *
 * <p>A block's <b>standing</b> is the closing of the last closed statement that settled it, plus
 * the points bought since, less the points the tenant funded since (net of refunds); it is signed:
 * below zero, an overdraft not yet billed. A period <b>opens</b> at its standing, never below zero,
 * because the statement of the period an overdraft happened in bills it.
 */
final class BlockBalances {

  private BlockBalances() {}

  /** The standing after a settled closing, the points bought and the points drawn since. */
  static long standing(long settledClosing, long purchasedSince, long drawnSince) {
    return Math.subtractExact(Math.addExact(settledClosing, purchasedSince), drawnSince);
  }

  /** A period's opening: its standing, an overdraft before it being billed, not carried. */
  static long opening(long standing) {
    return Math.max(0, standing);
  }

  /**
   * The balance at or below which a purchase's block alerts: {@code percent} % of its points,
   * rounded down (a whole point more in the block never alerts early).
   */
  static long alertThreshold(long points, BigDecimal percent) {
    return BigDecimal.valueOf(points)
        .multiply(percent)
        .movePointLeft(2)
        .setScale(0, RoundingMode.FLOOR)
        .longValueExact();
  }

  /** True when the block bought with a purchase is down to its alert threshold or overdrawn. */
  static boolean low(long balanceAfterPurchase, long drawnSincePurchase, long threshold) {
    return balanceAfterPurchase - drawnSincePurchase <= threshold;
  }
}
