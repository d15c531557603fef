package com.atrium.clearing;

import java.time.Instant;

/**
 * A tenant's block now, as its standing is made (docs/clearing.md, "Prepaid blocks"): {@code
 * opening} the closing of the last closed statement that settled it (0 before any), from {@code
 * since} (that run's end, or the first purchase; null when the tenant never bought a block), the
 * points {@code purchased} and {@code drawn} (funded net of refunds) since, and the {@code balance}
 * = opening + purchased − drawn, below zero an overdraft not yet billed.
 */
public record BlockStanding(
    Instant since, long opening, long purchased, long drawn, long balance) {}
