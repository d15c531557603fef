package com.atrium.notification;

import java.time.Duration;

/**
 * How long a failed message waits before its next attempt: one minute after the first failure,
 * doubling each time, at most six hours; after {@link #MAX_ATTEMPTS} attempts it is FAILED.
 */
public final class Backoff {

  public static final int MAX_ATTEMPTS = 8;
  static final Duration FIRST = Duration.ofMinutes(1);
  static final Duration CAP = Duration.ofHours(6);

  private Backoff() {}

  /** The wait after the {@code attempts}-th failed attempt (1-based). */
  public static Duration delayAfter(int attempts) {
    if (attempts < 1) {
      return Duration.ZERO;
    }
    int shift = Math.min(attempts - 1, 20);
    Duration d = FIRST.multipliedBy(1L << shift);
    return d.compareTo(CAP) > 0 ? CAP : d;
  }
}
