package com.atrium.clearing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One stretch {@code [from, to)} of a statement period over which a tenant's clearing terms did not
 * change: every journal entry booked in it is priced with these rates.
 */
public record RatePeriod(
    Instant from,
    Instant to,
    BigDecimal costPerPoint,
    BigDecimal reimbursementPerPoint,
    BigDecimal clearingFeePercent) {

  public RatePeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("a rate period ends after it starts: " + from + ".." + to);
    }
    ClearingRates.requireRate(costPerPoint, "COST_PER_POINT_INVALID", "costPerPoint");
    ClearingRates.requireRate(
        reimbursementPerPoint, "REIMBURSEMENT_PER_POINT_INVALID", "reimbursementPerPoint");
    ClearingRates.requirePercent(clearingFeePercent, "CLEARING_FEE_INVALID", "clearingFeePercent");
  }

  /** The same rates over another stretch. */
  public RatePeriod over(Instant from, Instant to) {
    return new RatePeriod(from, to, costPerPoint, reimbursementPerPoint, clearingFeePercent);
  }
}
