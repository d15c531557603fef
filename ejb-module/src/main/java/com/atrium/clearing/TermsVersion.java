package com.atrium.clearing;

import java.math.BigDecimal;
import java.time.Instant;

/** One version of a tenant's clearing terms as the other contexts and the adapters see it. */
public record TermsVersion(
    long id,
    long tenantId,
    int version,
    Instant effectiveFrom,
    BigDecimal costPerPoint,
    BigDecimal reimbursementPerPoint,
    BigDecimal clearingFeePercent,
    SettlementMode settlementMode,
    String note,
    String createdBy,
    Instant createdAt) {

  /** These terms' rates over a stretch of a statement period. */
  public RatePeriod ratesOver(Instant from, Instant to) {
    return new RatePeriod(from, to, costPerPoint, reimbursementPerPoint, clearingFeePercent);
  }
}
