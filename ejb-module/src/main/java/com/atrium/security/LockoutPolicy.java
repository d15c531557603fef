package com.atrium.security;

import java.time.Duration;
import java.time.Instant;

/** How many consecutive wrong passwords lock an account, and for how long. */
public record LockoutPolicy(int maxFailures, Duration lockout) {

  public LockoutPolicy {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be at least 1");
    }
    if (lockout.isNegative() || lockout.isZero()) {
      throw new IllegalArgumentException("lockout must be positive");
    }
  }

  /** Whole minutes of a lock, rounded up, for telling the user. */
  public static long minutesLeft(Instant now, Instant lockedUntil) {
    long seconds = Math.max(0, Duration.between(now, lockedUntil).getSeconds());
    return Math.max(1, (seconds + 59) / 60);
  }
}
