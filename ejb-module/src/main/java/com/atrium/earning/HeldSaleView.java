package com.atrium.earning;

import java.math.BigDecimal;
import java.time.Instant;

/** A held sale as the approval pages and the operator API show it. */
public record HeldSaleView(
    long id,
    long tenantId,
    String tenantCode,
    String tenantName,
    long memberId,
    String receiptNumber,
    BigDecimal amount,
    Instant occurredAt,
    String heldBy,
    Instant heldAt,
    String reason,
    String status,
    String decidedBy,
    Instant decidedAt,
    String decisionReason,
    Long saleId) {}
