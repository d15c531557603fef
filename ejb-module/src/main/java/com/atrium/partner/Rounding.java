package com.atrium.partner;

/** How an exchange rounds a fraction of a point (or of a partner unit): never to more than fair. */
public enum Rounding {
  /** Towards zero: the default, the party receiving never gets more than the rate gives. */
  DOWN,
  /** To the nearest, a half up. */
  HALF_UP,
  /** Away from zero. */
  UP;

  /** {@code numerator / denominator} rounded this way; both non-negative, denominator positive. */
  long divide(long numerator, long denominator) {
    long q = numerator / denominator;
    long r = numerator % denominator;
    return switch (this) {
      case DOWN -> q;
      case UP -> r == 0 ? q : q + 1;
      case HALF_UP -> 2 * r >= denominator ? q + 1 : q;
    };
  }
}
