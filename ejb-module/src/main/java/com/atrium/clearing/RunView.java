package com.atrium.clearing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A clearing run as the adapters see it: its mall and period (the mall's dates {@code [periodStart,
 * periodEnd)} and the booked instants they stand for), status, the digest of its statements'
 * canonical form, and who moved it along when. The {@code submitted..}, {@code approved..} and
 * {@code closed..} fields are null until the run gets there.
 */
public record RunView(
    long id,
    String mallCode,
    PeriodKind periodKind,
    LocalDate periodStart,
    LocalDate periodEnd,
    String zone,
    Instant bookedFrom,
    Instant bookedTo,
    BigDecimal breakageSharePercent,
    RunStatus status,
    String digest,
    String startedBy,
    Instant startedAt,
    String computedBy,
    Instant computedAt,
    String submittedBy,
    Instant submittedAt,
    String approvedBy,
    Instant approvedAt,
    String closedBy,
    Instant closedAt) {}
