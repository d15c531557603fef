package com.atrium.clearing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A dispute as the adapters see it: the run and period it concerns, the statement (and line, or
 * null) it names, the tenant, what the manager said, and finance's answer ({@code answer..} and
 * {@code correction} null while open; {@code correction} only on an accepted one). {@code
 * carriedRunId} names the run whose statement carried the correction, null until then.
 */
public record DisputeView(
    long id,
    long runId,
    PeriodKind periodKind,
    LocalDate periodStart,
    LocalDate periodEnd,
    long statementId,
    Long lineId,
    long tenantId,
    String tenantCode,
    DisputeStatus status,
    String comment,
    String raisedBy,
    Instant raisedAt,
    String answer,
    BigDecimal correction,
    String answeredBy,
    Instant answeredAt,
    Long carriedRunId) {}
