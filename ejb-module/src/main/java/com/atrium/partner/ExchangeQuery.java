package com.atrium.partner;

import com.atrium.platform.DomainException;
import java.time.LocalDate;

/**
 * Finance's search of partner exchanges: every criterion may be null (false for {@code
 * overdueOnly}, which keeps only exchanges out pending longer than the configured time).
 */
public record ExchangeQuery(
    String partnerCode,
    String partnerTxnId,
    String memberRef,
    ExchangeState state,
    LocalDate from,
    LocalDate to,
    boolean overdueOnly)
    implements java.io.Serializable {

  public ExchangeQuery {
    if (from != null && to != null && to.isBefore(from)) {
      throw DomainException.invalid("PERIOD_INVALID", "to", "The last day is before the first");
    }
  }
}
