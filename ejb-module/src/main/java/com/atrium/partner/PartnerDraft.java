package com.atrium.partner;

import java.io.Serializable;

/**
 * What finance fills in for a new partner: its code (the one its machine keys name, never changed),
 * name, kind, contact, the mall it belongs to (null: the whole group) and how it settles.
 */
public record PartnerDraft(
    String code,
    String name,
    PartnerKind kind,
    String contact,
    Long mallId,
    SettlementMode settlementMode)
    implements Serializable {}
