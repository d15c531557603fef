package com.atrium.earning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The business day of a mall that holds an instant, as the half-open range [from, to) of instants.
 * A sale's day (its daily cap, its member's velocity) is the day of the mall where it is made, in
 * that mall's zone, whatever the operator's zone is (DESIGN.md).
 */
record MallDay(LocalDate day, Instant from, Instant to) {

  static MallDay of(Instant at, ZoneId zone) {
    LocalDate day = at.atZone(zone).toLocalDate();
    return new MallDay(
        day, day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
  }
}
