package com.atrium.parking;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One parking charge as clearing reads it: who pays (OPERATOR, TENANT with its id, PARTNER with its
 * code), why (TIER, SPEND, PARTNER), for which session and settlement, minutes and CNY.
 */
public record ChargeLine(
    LocalDate businessDay,
    String payerKind,
    Long tenantId,
    String partnerCode,
    String reason,
    String sessionId,
    long settlementId,
    BigDecimal minutes,
    BigDecimal amount) {}
