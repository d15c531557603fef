package com.atrium.parking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A parking charge read for a drill-down page, before its sales ({@link ParkingChargeTraces}). */
public record ChargeRow(
    long chargeId,
    long settlementId,
    String sessionId,
    LocalDate businessDay,
    Instant settledAt,
    String payerKind,
    Long tenantId,
    String partnerCode,
    String reason,
    BigDecimal minutes,
    BigDecimal amount,
    Instant releasedAt) {}
