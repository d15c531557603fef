package com.atrium.redemption;

import java.io.Serializable;
import java.time.Instant;

/**
 * A member flag as customer service sees it; {@code mallId} is the mall of the refund behind it.
 */
public record MemberFlagView(
    long id,
    long memberId,
    String kind,
    long points,
    String detail,
    Long refundId,
    Long mallId,
    Instant createdAt,
    Instant resolvedAt,
    String resolvedBy)
    implements Serializable {}
