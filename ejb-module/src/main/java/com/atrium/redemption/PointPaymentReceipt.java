package com.atrium.redemption;

import java.math.BigDecimal;
import java.time.Instant;

/** The result of paying with points; a replay returns the original with {@code replayed} set. */
public record PointPaymentReceipt(
    long paymentId,
    String tenantCode,
    long memberId,
    String cardNumber,
    String paymentReference,
    BigDecimal billAmount,
    long points,
    BigDecimal cashValue,
    long balance,
    Instant recordedAt,
    boolean replayed) {}
