package com.atrium.api.partner;

import com.atrium.partner.ExchangeReceipt;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An exchange as the partner API answers it; whether it repeats an earlier answer is the header
 * {@code Idempotent-Replayed}, not a field.
 */
public record ExchangeResult(
    long id,
    String partnerTxnId,
    String direction,
    String state,
    String memberRef,
    long points,
    long partnerAmount,
    Rate rate,
    BigDecimal fee,
    Instant requestedAt,
    Instant reversibleUntil,
    Instant settledAt) {

  /** {@code from} units give {@code to} units: partner units → points in, points → units out. */
  public record Rate(long from, long to) {}

  static ExchangeResult of(ExchangeReceipt r) {
    return new ExchangeResult(
        r.id(),
        r.partnerTxnId(),
        r.direction().name(),
        r.state().name(),
        r.memberRef(),
        r.points(),
        r.partnerAmount(),
        new Rate(r.rateFrom(), r.rateTo()),
        r.fee(),
        r.requestedAt(),
        r.reversibleUntil(),
        r.settledAt());
  }
}
