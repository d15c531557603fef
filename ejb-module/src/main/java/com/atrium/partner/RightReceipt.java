package com.atrium.partner;

import java.time.Instant;

/**
 * A grant as its partner sees it: Atrium's id and the partner's grant id, the member reference, the
 * right, its state now, its period, and {@code replayed} when the answer repeats an earlier one.
 */
public record RightReceipt(
    long id,
    String grantId,
    String memberRef,
    String rightCode,
    RightState state,
    Instant validFrom,
    Instant validUntil,
    Instant grantedAt,
    Instant revokedAt,
    boolean replayed) {}
