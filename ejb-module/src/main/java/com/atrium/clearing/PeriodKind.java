package com.atrium.clearing;

import java.time.LocalDate;

/**
 * How long a clearing run's period is: one business day or one calendar month, in the mall's zone.
 */
public enum PeriodKind {
  DAY,
  MONTH;

  /** The first day after a period starting on {@code start}. */
  LocalDate endAfter(LocalDate start) {
    return this == DAY ? start.plusDays(1) : start.plusMonths(1);
  }

  /** True when a period of this kind may start on the day: a month starts on its first day. */
  boolean startsOn(LocalDate day) {
    return this == DAY || day.getDayOfMonth() == 1;
  }

  /** The first day of the period of this kind that a day is in. */
  LocalDate startOf(LocalDate day) {
    return this == DAY ? day : day.withDayOfMonth(1);
  }
}
