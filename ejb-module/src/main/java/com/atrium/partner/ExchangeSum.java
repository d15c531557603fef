package com.atrium.partner;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A partner's exchanges of one direction at one cost per point, as a clearing period counts them
 * ({@link PartnerClearing#exchangeSums}): made in the period ({@code undone} false) or undone in it
 * (rejected, reversed), drawn from the partner's deposit when made ({@code fromDeposit}) or not; an
 * undoing of an exchange made before the period names it ({@code originalEntryId}, its entry,
 * reference and time; null otherwise). {@code entries} counts the journal entries behind the
 * figure, {@code firstEntryId}..{@code lastEntryId} their span.
 */
public record ExchangeSum(
    long partnerId,
    String partnerCode,
    boolean fromDeposit,
    String direction,
    boolean undone,
    BigDecimal costPerPoint,
    long points,
    BigDecimal fees,
    long exchanges,
    long entries,
    long firstEntryId,
    long lastEntryId,
    Long originalEntryId,
    String originalReference,
    Instant originalRequestedAt) {}
