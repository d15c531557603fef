package com.atrium.care;

import java.time.Instant;

/** A phone change waiting for its code: the new phone masked, until when, tries left. */
public record PendingPhone(long id, String maskedPhone, Instant expiresAt, int attemptsLeft) {}
