package com.atrium.clearing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One exchange behind an exchange fee line (docs/clearing.md, "Partners"): the entry the line
 * counts (the exchange's, or the undoing's naming the exchange's in {@code reversesEntryId}), when,
 * the partner and its transaction id, the direction, the points, the exchange's {@code fee} in CNY
 * and {@code amount}, the part of the line's amount it is (the fee signed as the line: negative
 * when the partner pays it, 0.00 when drawn from its deposit).
 */
public record FeeExchange(
    long entryId,
    Instant bookedAt,
    String partner,
    String partnerTxnId,
    String direction,
    Long reversesEntryId,
    long points,
    BigDecimal fee,
    BigDecimal amount) {}
