package com.atrium.report;

import java.time.Instant;

/**
 * One line of a member's history, with the member's balance right after it; {@code explanation} is
 * the earning explanation (JSON) of the sale behind a credit, null for other lines.
 */
public record HistoryRow(
    Instant occurredAt,
    String kind,
    String tenantName,
    String description,
    long points,
    long runningBalance,
    long entryId,
    String explanation) {}
