package com.atrium.report;

import com.atrium.platform.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The business days a dashboard counts, {@code first} to {@code last} inclusive, in the mall's
 * zone: a preset relative to today or a custom span of at most {@link #MAX_DAYS} days.
 */
public record DashboardRange(Preset preset, LocalDate first, LocalDate last) {

  /** The longest span: a leap year (a year of data is what the dashboard is measured on). */
  public static final int MAX_DAYS = 366;

  /** The ranges the page offers. */
  public enum Preset {
    TODAY,
    LAST_7_DAYS,
    THIS_MONTH,
    LAST_MONTH,
    LAST_365_DAYS,
    CUSTOM
  }

  public DashboardRange {
    if (first == null || last == null || last.isBefore(first)) {
      throw DomainException.invalid(
          "RANGE_INVALID", "from", "The range's first day must be on or before its last day");
    }
    if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
      throw DomainException.invalid(
          "RANGE_TOO_LONG", "to", "A dashboard range is at most " + MAX_DAYS + " days");
    }
  }

  /** A preset's days as of {@code today}; CUSTOM takes {@code from} and {@code to} as given. */
  public static DashboardRange of(Preset preset, LocalDate today, LocalDate from, LocalDate to) {
    return switch (preset) {
      case TODAY -> new DashboardRange(preset, today, today);
      case LAST_7_DAYS -> new DashboardRange(preset, today.minusDays(6), today);
      case THIS_MONTH -> new DashboardRange(preset, today.withDayOfMonth(1), today);
      case LAST_MONTH -> {
        LocalDate first = today.withDayOfMonth(1).minusMonths(1);
        yield new DashboardRange(preset, first, first.withDayOfMonth(first.lengthOfMonth()));
      }
      case LAST_365_DAYS -> new DashboardRange(preset, today.minusDays(364), today);
      case CUSTOM -> new DashboardRange(preset, from, to);
    };
  }

  /** The start of the first day in {@code zone}. */
  public Instant from(ZoneId zone) {
    return first.atStartOfDay(zone).toInstant();
  }

  /** The start of the day after the last, in {@code zone}: the range is {@code [from, to)}. */
  public Instant to(ZoneId zone) {
    return last.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public long days() {
    return ChronoUnit.DAYS.between(first, last) + 1;
  }
}
