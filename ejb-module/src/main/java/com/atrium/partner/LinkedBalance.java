package com.atrium.partner;

import java.time.Instant;

/**
 * What a partner may know of a linked member's points: the balance and when the soonest of them
 * expire and how many (both null without points); nothing else.
 */
public record LinkedBalance(
    String memberRef, long points, Instant nextExpiryAt, Long nextExpiryPoints) {}
