package com.atrium.partner;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reconciliation mismatch as finance sees it; the atrium* or partner* side is null when missing.
 */
public record MismatchView(
    long id,
    String partnerCode,
    LocalDate businessDay,
    MismatchKind kind,
    String partnerTxnId,
    Long exchangeId,
    Direction atriumDirection,
    Long atriumPoints,
    Long atriumAmount,
    Direction partnerDirection,
    Long partnerPoints,
    Long partnerAmount,
    MismatchStatus status,
    Instant foundAt,
    Instant resolvedAt,
    String resolvedBy,
    String resolution) {}
