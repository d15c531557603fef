package com.atrium.partner;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Where clearing counts a journal entry of an exchange ({@link PartnerClearing#exchangeOf}): the
 * partner, the direction, whether the entry undid the exchange, when it counts ({@code countsAt}:
 * the exchange made, or undone), the agreement's cost per point, whether it was drawn from a
 * prepaid partner's deposit, and the exchange's own entry and when it was made (what a late undoing
 * names).
 */
public record ExchangePlace(
    long partnerId,
    String partnerCode,
    String direction,
    boolean undone,
    Instant countsAt,
    BigDecimal costPerPoint,
    boolean fromDeposit,
    long exchangeEntryId,
    Instant madeAt) {}
