package com.atrium.redemption;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a till shows before a payment with points: the CNY value of one point in the caller's mall
 * and the share of a bill points may pay. The same numbers {@link PointPaymentBook} checks.
 */
public record PointsAsCashTerms(BigDecimal pointValue, BigDecimal maxShare)
    implements Serializable {

  /** The most points this bill lets the member use (before their balance is considered). */
  public long maxPoints(BigDecimal bill) {
    return Math.max(0, PointsAsCash.maxPoints(bill, maxShare, pointValue));
  }
}
