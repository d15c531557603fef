package com.atrium.ledger;

import java.time.Instant;

/**
 * One line of a member account, with the member's balance right after it and the tenant of its
 * entry (null for entries at no tenant: expiry, operator grants).
 */
public record StatementLine(
    Instant occurredAt,
    String kind,
    Long tenantId,
    String description,
    long points,
    long runningBalance,
    long entryId) {}
