package com.atrium.platform;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A whole number of points an operation moves: at least 1, at most {@link #MAX} (a hundred million,
 * far above any balance a member can hold, so that arithmetic on points never overflows).
 */
public record Points(long value) {

  public static final long MAX = 100_000_000L;

  /** Refused numbers of points carry this code; the field is the caller's name for them. */
  public static final String INVALID = "POINTS_INVALID";

  public Points {
    if (!isValid(value)) {
      throw refusal("points");
    }
  }

  /** The points of input field {@code field}, refused with that field. */
  public static Points of(long value, String field) {
    if (!isValid(value)) {
      throw refusal(field);
    }
    return new Points(value);
  }

  public static Points of(long value) {
    return of(value, "points");
  }

  public static boolean isValid(long value) {
    return value > 0 && value <= MAX;
  }

  /** What is wrong with a typed number of points, so that a form can say it. */
  public enum Flaw {
    NEGATIVE,
    ZERO,
    TOO_LARGE,
    FRACTION
  }

  /**
   * The flaw of a (non-null) number as typed, before it is a {@code long}: a fraction is a flaw
   * here, never rounded away; empty when {@link #of} would accept it.
   */
  public static Optional<Flaw> flawOf(BigDecimal typed) {
    if (typed.signum() < 0) {
      return Optional.of(Flaw.NEGATIVE);
    }
    if (typed.signum() == 0) {
      return Optional.of(Flaw.ZERO);
    }
    if (typed.stripTrailingZeros().scale() > 0) {
      return Optional.of(Flaw.FRACTION);
    }
    if (typed.compareTo(BigDecimal.valueOf(MAX)) > 0) {
      return Optional.of(Flaw.TOO_LARGE);
    }
    return Optional.empty();
  }

  private static DomainException refusal(String field) {
    return DomainException.invalid(
        INVALID, field, "Use a whole number of points from 1 to 100,000,000");
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
