package com.atrium.ledger;

import java.util.OptionalLong;

/**
 * What a reversal did: the REVERSAL entry it wrote (empty when nothing could be reversed), the
 * points it reversed, the points it could not reverse because the credit's lot was already spent
 * (the caller's policy settles those), and the member's balance after it.
 */
public record Reversal(OptionalLong entryId, long reversed, long notReversed, long balance) {}
