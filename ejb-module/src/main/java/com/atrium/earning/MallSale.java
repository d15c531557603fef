package com.atrium.earning;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One sale of a member at a tenant of a mall, as the parking perks read it.
 *
 * @param amount what still counts as spend: the sale's CNY less what was refunded of it (a void is
 *     a refund of it all), so a partial refund counts pro rata to what the member kept
 */
public record MallSale(long saleId, long tenantId, BigDecimal amount, Instant occurredAt) {

  /** The sale as sold and refunded (the query's constructor). */
  public MallSale(
      long saleId, long tenantId, BigDecimal sold, BigDecimal refunded, Instant occurredAt) {
    this(saleId, tenantId, sold.subtract(refunded).max(BigDecimal.ZERO), occurredAt);
  }
}
