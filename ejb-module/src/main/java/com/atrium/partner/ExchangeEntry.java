package com.atrium.partner;

import java.time.Instant;

/**
 * One journal entry of an exchange as a clearing line's drill-down lists it ({@link
 * PartnerClearing#entries}): the exchange's own entry ({@code GRANT} in, {@code REDEEM} out) or the
 * entry that undid it ({@code REVERSAL}, naming the exchange's entry), with the member, the
 * exchange's reference ("Exchange IN DEMOAIR DA-1") and its points.
 */
public record ExchangeEntry(
    long entryId,
    String kind,
    Instant bookedAt,
    long memberId,
    String description,
    Long reversesEntryId,
    long points) {}
