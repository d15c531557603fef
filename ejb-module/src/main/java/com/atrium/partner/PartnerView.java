package com.atrium.partner;

import java.math.BigDecimal;
import java.time.Instant;

/** A partner as the operator's portal lists it; mallId null for a partner of the whole group. */
public record PartnerView(
    long id,
    String code,
    String name,
    PartnerKind kind,
    PartnerStatus status,
    SettlementMode settlementMode,
    BigDecimal depositBalance,
    Long mallId,
    Instant createdAt,
    String contact)
    implements java.io.Serializable {}
