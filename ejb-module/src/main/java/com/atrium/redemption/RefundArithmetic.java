package com.atrium.redemption;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many points a refund takes back. Pro rata on the cumulative refunded amount, rounded down:
 * after refunds totalling R of a sale of amount A that earned P points, floor(P × R / A) points
 * have been taken back in all, and all P once R = A. Computing on the running total (not refund by
 * refund) means several partial refunds never take back more than one refund of the same total, and
 * a full refund always settles the rest.
 */
public final class RefundArithmetic {

  private RefundArithmetic() {}

  /**
   * @param salePoints points the sale earned
   * @param saleAmount the sale's amount
   * @param refundedBefore amount already refunded by earlier refunds of the sale
   * @param pointsBefore points already taken back by earlier refunds of the sale
   * @param refund amount refunded now
   * @return points this refund takes back
   * @throws IllegalArgumentException when the refunds would exceed the sale's amount
   */
  public static long pointsToTakeBack(
      long salePoints,
      BigDecimal saleAmount,
      BigDecimal refundedBefore,
      long pointsBefore,
      BigDecimal refund) {
    if (refund.signum() <= 0) {
      throw new IllegalArgumentException("refund " + refund);
    }
    BigDecimal total = refundedBefore.add(refund);
    if (total.compareTo(saleAmount) > 0) {
      throw new IllegalArgumentException("refunds " + total + " exceed the sale's " + saleAmount);
    }
    long target =
        total.compareTo(saleAmount) == 0
            ? salePoints
            : BigDecimal.valueOf(salePoints)
                .multiply(total)
                .divide(saleAmount, 0, RoundingMode.FLOOR)
                .longValueExact();
    return Math.max(0, target - pointsBefore);
  }
}
