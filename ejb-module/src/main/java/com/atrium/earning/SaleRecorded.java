package com.atrium.earning;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A sale was booked (a replay fires nothing). Fired inside the sale's transaction, so a reaction
 * (the member's tier, later parking minutes) commits or rolls back with the sale. {@code
 * memberTier} is the tier the sale was evaluated with, so the common reaction needs no read; {@code
 * tenantPoints} are the sale's points the tenant funds, those of campaigns it funds included (what
 * a prepaid tenant's block is drawn by).
 */
public record SaleRecorded(
    long saleId,
    long memberId,
    String memberTier,
    long tenantId,
    long mallId,
    BigDecimal amount,
    long tenantPoints,
    Instant occurredAt) {}
