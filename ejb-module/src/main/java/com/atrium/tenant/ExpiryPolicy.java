package com.atrium.tenant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When the points of a credit expire. Computed in the mall's zone, so that "the end of the year" is
 * the end of the year where the member shops, not in UTC.
 */
public record ExpiryPolicy(Kind kind, int rollingMonths, ZoneId zone) {

  public enum Kind {
    /** Points earned in year Y expire at the first instant of 1 January of Y + 2. */
    END_OF_YEAR_AFTER_EARNING,
    /** Points expire {@code rollingMonths} calendar months after they were earned. */
    ROLLING_MONTHS
  }

  public ExpiryPolicy {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(zone, "zone");
    if (kind == Kind.ROLLING_MONTHS && rollingMonths < 1) {
      throw new IllegalArgumentException("A rolling expiry needs at least one month");
    }
  }

  public static ExpiryPolicy endOfYearAfterEarning(ZoneId zone) {
    return new ExpiryPolicy(Kind.END_OF_YEAR_AFTER_EARNING, 0, zone);
  }

  public static ExpiryPolicy rollingMonths(int months, ZoneId zone) {
    return new ExpiryPolicy(Kind.ROLLING_MONTHS, months, zone);
  }

  /** The first instant at which points earned at {@code earnedAt} are no longer valid. */
  public Instant expiresAt(Instant earnedAt) {
    var earned = earnedAt.atZone(zone);
    return switch (kind) {
      case END_OF_YEAR_AFTER_EARNING ->
          LocalDate.of(earned.getYear() + 2, 1, 1).atStartOfDay(zone).toInstant();
      case ROLLING_MONTHS -> earned.plusMonths(rollingMonths).toInstant();
    };
  }
}
