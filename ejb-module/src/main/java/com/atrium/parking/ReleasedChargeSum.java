package com.atrium.parking;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One payer's parking charges of one settlement booked before a period and released in it, as
 * clearing gives them back ({@link ParkingChargeSums#releasedIn}): the settlement (its id, the car
 * park's session, when it was settled), who paid (OPERATOR, TENANT with its id, PARTNER with its
 * code), and the free minutes and CNY it was charged (each charge rounded to the fen when settled).
 */
public record ReleasedChargeSum(
    long settlementId,
    String sessionId,
    Instant settledAt,
    String payerKind,
    Long tenantId,
    String partnerCode,
    BigDecimal minutes,
    BigDecimal amount) {}
