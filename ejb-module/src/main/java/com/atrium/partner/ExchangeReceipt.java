package com.atrium.partner;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An exchange as its partner sees it: Atrium's id and the partner's, the direction and state, the
 * mall points and partner units with the rate applied ({@code rateFrom} → {@code rateTo}: partner
 * units → points in, points → partner units out), the fee in CNY, when it was made, until when it
 * may be reversed and when it was settled; {@code replayed} when the answer repeats an earlier one.
 */
public record ExchangeReceipt(
    long id,
    String partnerTxnId,
    Direction direction,
    ExchangeState state,
    String memberRef,
    long points,
    long partnerAmount,
    long rateFrom,
    long rateTo,
    BigDecimal fee,
    Instant requestedAt,
    Instant reversibleUntil,
    Instant settledAt,
    boolean replayed) {}
