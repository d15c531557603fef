package com.atrium.clearing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One movement of a prepaid partner's deposit behind a deposit memo line (docs/clearing.md,
 * "Partners"): when, why, its {@code amount} as the deposit moved (a draw negative), {@code memo},
 * the part of the line's memo it is (a draw as drawn, positive), the balance after it, its
 * reference and the partner transaction id of its exchange (null for a top-up).
 */
public record DepositMovementLine(
    long movementId,
    Instant at,
    String reason,
    BigDecimal amount,
    BigDecimal memo,
    BigDecimal balanceAfter,
    String reference,
    String partnerTxnId) {}
