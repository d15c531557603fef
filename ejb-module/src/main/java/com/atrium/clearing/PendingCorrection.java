package com.atrium.clearing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An accepted dispute's correction still to be carried into a tenant's statement: the amount
 * (signed from the tenant's side, like a line), the tenant, and the original run and period the
 * adjustment line must name (its kind and first day, and the instant that day starts in the mall).
 */
public record PendingCorrection(
    long disputeId,
    long tenantId,
    long originalRunId,
    PeriodKind originalPeriodKind,
    LocalDate originalPeriodStart,
    Instant originalBookedFrom,
    BigDecimal amount,
    Instant answeredAt) {}
