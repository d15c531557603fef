package com.atrium.partner;

import java.math.BigDecimal;
import java.time.Instant;

/** One change of a prepaid partner's deposit as finance sees it; reference only on a top-up. */
public record DepositView(
    long id,
    DepositReason reason,
    BigDecimal amount,
    BigDecimal balanceAfter,
    Long exchangeId,
    String reference,
    Instant at)
    implements java.io.Serializable {}
