package com.atrium.api.pos;

import com.atrium.redemption.PointPaymentReceipt;
import java.math.BigDecimal;
import java.time.Instant;

/** A payment with points as the POS sees it: points used, their CNY value, the new balance. */
public record PointPaymentResult(
    long paymentId,
    String tenantCode,
    String cardNumber,
    String paymentReference,
    BigDecimal billAmount,
    long points,
    BigDecimal cashValue,
    long balance,
    Instant recordedAt) {

  static PointPaymentResult of(PointPaymentReceipt r) {
    return new PointPaymentResult(
        r.paymentId(),
        r.tenantCode(),
        r.cardNumber(),
        r.paymentReference(),
        r.billAmount(),
        r.points(),
        r.cashValue(),
        r.balance(),
        r.recordedAt());
  }
}
