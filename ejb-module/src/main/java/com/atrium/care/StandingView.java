package com.atrium.care;

import java.time.Instant;

/**
 * A member's standing on the service desk's page: blocked or not (why, by whom, since when), and
 * when, through which channel (POS, TILL, DESK; null when not recorded) and at which tenant (its
 * name; null when none) the member registered.
 */
public record StandingView(
    long memberId,
    boolean blocked,
    String blockedReason,
    String blockedBy,
    Instant blockedAt,
    Instant registeredAt,
    String registrationChannel,
    String registeredAtTenant) {}
