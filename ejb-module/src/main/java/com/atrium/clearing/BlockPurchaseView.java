package com.atrium.clearing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A recorded block purchase: its price is {@code points} × the {@code costPerPoint} in force when
 * bought; {@code balanceAfter} is the block's standing right after it (docs/clearing.md, "Prepaid
 * blocks"); {@code alertAtOrBelow} the balance at which its alert goes out, and when it did.
 */
public record BlockPurchaseView(
    long id,
    long tenantId,
    long points,
    BigDecimal costPerPoint,
    BigDecimal price,
    String reference,
    String note,
    String purchasedBy,
    Instant purchasedAt,
    long balanceAfter,
    long alertAtOrBelow,
    Optional<Instant> alertedAt) {}
