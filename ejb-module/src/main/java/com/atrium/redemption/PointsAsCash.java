package com.atrium.redemption;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of paying with points: what points are worth in CNY, and how much of a bill they
 * may pay. Values are rounded down to the fen, so the mall never gives more value than the points
 * are worth; the share cap is rounded down too, so it is never exceeded.
 */
public final class PointsAsCash {

  private PointsAsCash() {}

  /** The CNY value of {@code points} at {@code pointValue} CNY each, rounded down to 0.01. */
  public static BigDecimal valueOf(long points, BigDecimal pointValue) {
    if (points <= 0 || pointValue.signum() <= 0) {
      throw new IllegalArgumentException("points " + points + " at " + pointValue);
    }
    return pointValue.multiply(BigDecimal.valueOf(points)).setScale(2, RoundingMode.DOWN);
  }

  /** The most of the bill points may pay: bill × share, rounded down to 0.01. */
  public static BigDecimal maxPayable(BigDecimal bill, BigDecimal maxShare) {
    return bill.multiply(maxShare).setScale(2, RoundingMode.DOWN);
  }

  /**
   * The most points whose (rounded-down) value stays within the cap: the largest n with n × value
   * below cap + 0.01.
   */
  public static long maxPoints(BigDecimal bill, BigDecimal maxShare, BigDecimal pointValue) {
    return maxPayable(bill, maxShare)
            .add(new BigDecimal("0.01"))
            .divide(pointValue, 0, RoundingMode.CEILING)
            .longValueExact()
        - 1;
  }

  /** True when {@code points} stay within the share of the bill points may pay. */
  public static boolean withinShare(
      long points, BigDecimal bill, BigDecimal maxShare, BigDecimal pointValue) {
    return valueOf(points, pointValue).compareTo(maxPayable(bill, maxShare)) <= 0;
  }
}
