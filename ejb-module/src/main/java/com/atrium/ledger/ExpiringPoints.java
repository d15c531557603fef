package com.atrium.ledger;

import java.time.Instant;

/** Points of one member that stop being valid at {@code expiresAt} (the sum of their open lots). */
public record ExpiringPoints(long memberId, Instant expiresAt, long points) {}
