package com.atrium.partner;

/**
 * Where an exchange stands. An exchange in is COMPLETED at once; an exchange out is PENDING until
 * the partner confirms it credited its member (CONFIRMED) or refuses (REJECTED, points back).
 * Either may be REVERSED within the agreement's window. REJECTED and REVERSED are final.
 */
public enum ExchangeState {
  COMPLETED,
  PENDING,
  CONFIRMED,
  REJECTED,
  REVERSED;

  /** Whether the exchange's points still count against the limits. */
  boolean counts() {
    return this != REJECTED && this != REVERSED;
  }
}
