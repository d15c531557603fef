package com.atrium.clearing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a journal entry landed in clearing: a run (its mall, period and status), the statement of
 * the party it counts for, and the line of that statement.
 */
public record Placement(
    long runId,
    String mallCode,
    PeriodKind periodKind,
    LocalDate periodStart,
    LocalDate periodEnd,
    RunStatus status,
    long statementId,
    PartyKind partyKind,
    String party,
    long lineId,
    LineKind lineKind,
    Instant lineFrom,
    Instant lineTo) {}
