package com.atrium.platform;

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

  private static DomainException refusal(String field) {
    return DomainException.invalid(
        INVALID, field, "Use a whole number of points from 1 to 100,000,000");
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
