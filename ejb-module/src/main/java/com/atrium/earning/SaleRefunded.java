package com.atrium.earning;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A refund of (part of) a sale was booked (a replay fires nothing), whether or not it took points
 * back: the refunded amount is spend the member no longer made. Fired inside the refund's
 * transaction by the redemption context, which books refunds; it is the earning context's word
 * because the sale is, and so that the contexts below redemption (tier) can observe it.
 *
 * @param amount the CNY refunded by this refund
 * @param pointsReversed the points this refund took back from the member: from the sale's own lot
 *     and, when the member had spent those, from their other points or into a negative balance
 * @param pointsUnrecovered the points it could not take back (policy STOP_AT_ZERO), left to
 *     customer service
 * @param occurredAt when the refund was recorded
 * @param saleRecordedAt when the refunded sale was booked: a tier upgrade it brought came then
 */
public record SaleRefunded(
    long saleId,
    long memberId,
    long tenantId,
    long mallId,
    BigDecimal amount,
    long pointsReversed,
    long pointsUnrecovered,
    Instant occurredAt,
    Instant saleRecordedAt) {}
