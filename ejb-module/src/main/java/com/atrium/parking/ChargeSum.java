package com.atrium.parking;

import java.math.BigDecimal;

/**
 * One payer's parking charges of a mall over business days, as clearing sums them ({@link
 * ParkingChargeSums}): who pays (OPERATOR, TENANT with its id, PARTNER with its code), the free
 * minutes and their cost in CNY (each charge rounded to the fen when settled), and the settlements
 * behind them (how many, their id span).
 */
public record ChargeSum(
    String payerKind,
    Long tenantId,
    String partnerCode,
    BigDecimal minutes,
    BigDecimal amount,
    Long settlements,
    Long firstSettlementId,
    Long lastSettlementId) {}
