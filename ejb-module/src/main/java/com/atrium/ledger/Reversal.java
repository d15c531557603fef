package com.atrium.ledger;

import java.util.Map;
import java.util.OptionalLong;

/**
 * What a reversal did: the REVERSAL entry it wrote (empty when nothing could be reversed), the
 * points it reversed, the points it could not reverse because the credit's lot was already spent
 * (the caller's policy settles those), the member's balance after it, and, for a credit, the points
 * not reversed by issuer account (each issuer's pro rata part its lot no longer held).
 */
public record Reversal(
    OptionalLong entryId,
    long reversed,
    long notReversed,
    long balance,
    Map<Long, Long> notReversedByIssuer) {

  public Reversal {
    notReversedByIssuer = Map.copyOf(notReversedByIssuer);
  }

  /** A reversal that left nothing unreversed, or whose shortfall no issuer is named for. */
  public Reversal(OptionalLong entryId, long reversed, long notReversed, long balance) {
    this(entryId, reversed, notReversed, balance, Map.of());
  }
}
