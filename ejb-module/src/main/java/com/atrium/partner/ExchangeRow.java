package com.atrium.partner;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An exchange as finance sees it in the search: the member by masked card, and whether it is an
 * exchange out still pending past the configured time.
 */
public record ExchangeRow(
    long id,
    String partnerCode,
    String partnerTxnId,
    String memberRef,
    String maskedCard,
    Direction direction,
    ExchangeState state,
    long points,
    long partnerAmount,
    BigDecimal fee,
    LocalDate businessDay,
    Instant requestedAt,
    Instant settledAt,
    boolean overdue)
    implements java.io.Serializable {}
