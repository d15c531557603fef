package com.atrium.clearing;

import com.atrium.platform.DomainException;
import java.math.BigDecimal;

/**
 * The bounds of clearing rates, checked once where a rate enters: a rate per point is CNY from 0 to
 * 1.0000 with at most 4 decimals (tenant-config's precision); a percentage is from 0 to 100 with at
 * most 2 decimals.
 */
final class ClearingRates {

  static final BigDecimal MAX_RATE = BigDecimal.ONE;
  static final BigDecimal HUNDRED = new BigDecimal(100);

  private ClearingRates() {}

  static BigDecimal requireRate(BigDecimal rate, String code, String field) {
    if (rate == null
        || rate.signum() < 0
        || rate.compareTo(MAX_RATE) > 0
        || rate.stripTrailingZeros().scale() > 4) {
      throw DomainException.invalid(
          code, field, field + " is CNY per point from 0 to 1.0000, at most 4 decimals");
    }
    return rate;
  }

  static BigDecimal requirePercent(BigDecimal percent, String code, String field) {
    if (percent == null
        || percent.signum() < 0
        || percent.compareTo(HUNDRED) > 0
        || percent.stripTrailingZeros().scale() > 2) {
      throw DomainException.invalid(
          code, field, field + " is a percentage from 0 to 100, at most 2 decimals");
    }
    return percent;
  }
}
