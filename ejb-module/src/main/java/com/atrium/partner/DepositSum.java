package com.atrium.partner;

import java.math.BigDecimal;

/**
 * A prepaid partner's deposit over a clearing period, in CNY ({@link PartnerClearing#deposits}):
 * opening + toppedUp − drawn + returned = closing.
 */
public record DepositSum(
    long partnerId,
    String partnerCode,
    BigDecimal opening,
    BigDecimal toppedUp,
    BigDecimal drawn,
    BigDecimal returned,
    BigDecimal closing) {}
