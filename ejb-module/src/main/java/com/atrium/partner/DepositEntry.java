package com.atrium.partner;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One movement of a prepaid partner's deposit as a clearing memo line's drill-down lists it ({@link
 * PartnerClearing#movements}): when, why ({@code TOP_UP}, {@code EXCHANGE_IN}, {@code REVERSAL}),
 * its signed amount (a draw is negative), the balance after it, its reference and the partner
 * transaction id of the exchange it paid or gave back (null for a top-up).
 */
public record DepositEntry(
    long movementId,
    Instant at,
    String reason,
    BigDecimal amount,
    BigDecimal balanceAfter,
    String reference,
    String partnerTxnId) {}
