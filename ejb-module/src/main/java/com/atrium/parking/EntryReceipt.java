package com.atrium.parking;

import java.time.Instant;

/**
 * An entry recorded: whether the plate is a member's (never who), and whether this was a replay.
 */
public record EntryReceipt(String sessionId, boolean member, Instant enteredAt, boolean replayed) {}
