package com.atrium.clearing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A tenant's statement in a run past its draft, as its manager sees it: the run's mall, period and
 * status, when it went to review and until when the tenant may dispute it ({@code disputable}: now,
 * while in review and within the window), and the statement's net, line count and prepaid block.
 */
public record TenantStatement(
    long id,
    long runId,
    String mallCode,
    PeriodKind periodKind,
    LocalDate periodStart,
    LocalDate periodEnd,
    String zone,
    RunStatus runStatus,
    Instant submittedAt,
    Instant disputeUntil,
    boolean disputable,
    String party,
    BigDecimal net,
    int lineCount,
    Optional<BlockMovement> block) {}
