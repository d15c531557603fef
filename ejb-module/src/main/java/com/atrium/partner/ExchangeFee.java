package com.atrium.partner;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One exchange behind a clearing fee line ({@link PartnerClearing#fees}): the entry the line counts
 * (the exchange's own, or the one that undid it, then naming the exchange's entry in {@code
 * reversesEntryId}), when it counts, the partner and its transaction id, the direction, the points
 * and the fee in CNY, rounded to the fen by the agreement when the exchange was made.
 */
public record ExchangeFee(
    long entryId,
    Instant bookedAt,
    String partnerCode,
    String partnerTxnId,
    String direction,
    Long reversesEntryId,
    long points,
    BigDecimal fee) {}
