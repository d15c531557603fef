package com.atrium.partner;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What finance narrows the mismatch queues to; any part may be null (every partner, queue, status,
 * or no bound). Days are business days in the mall's zone, both ends included.
 */
public record MismatchQuery(
    String partnerCode, MismatchKind kind, MismatchStatus status, LocalDate from, LocalDate to)
    implements Serializable {}
