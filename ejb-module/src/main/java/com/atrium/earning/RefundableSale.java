package com.atrium.earning;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a refund needs to know of a sale: its tenant and mall, member and amount, the points it
 * earned and the journal entry that credited them (null when it earned none), when it occurred and
 * when it was booked.
 */
public record RefundableSale(
    long saleId,
    long tenantId,
    long mallId,
    long memberId,
    String receiptNumber,
    BigDecimal amount,
    long points,
    Long journalEntryId,
    Instant occurredAt,
    Instant recordedAt) {}
