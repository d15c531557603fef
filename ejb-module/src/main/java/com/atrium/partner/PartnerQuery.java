package com.atrium.partner;

import java.io.Serializable;

/**
 * What the partners list is narrowed to; a null part narrows nothing. {@code wholeGroupOnly} asks
 * for the partners of the whole group (no mall); otherwise {@code mallId}, when given, for one
 * mall's.
 */
public record PartnerQuery(
    PartnerKind kind,
    PartnerStatus status,
    SettlementMode settlementMode,
    Long mallId,
    boolean wholeGroupOnly)
    implements Serializable {

  public static final PartnerQuery ALL = new PartnerQuery(null, null, null, null, false);
}
