package com.atrium.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * A period of booked time, {@code [from, to)}: the entries whose {@code recorded_at} is at or after
 * {@code from} and before {@code to}. Booked time, not the business time ({@code occurred_at}), so
 * that a late correction lands in the period it was booked in and a closed period never changes.
 */
public record BookedPeriod(Instant from, Instant to) {
  public BookedPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("a period ends after it starts: " + from + " .. " + to);
    }
  }
}
