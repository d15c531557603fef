package com.atrium.partner;

import java.io.Serializable;
import java.time.Instant;

/**
 * One grant in a partner's list of grants: the partner's grant id, the member by reference and
 * masked card, the right, the period, the state read now and, once revoked, by whom, when and why.
 */
public record GrantRow(
    long id,
    String grantRef,
    String memberRef,
    String maskedCard,
    String rightCode,
    String rightName,
    Instant validFrom,
    Instant validUntil,
    RightState state,
    Instant revokedAt,
    String revokedBy,
    String revokeReason)
    implements Serializable {}
