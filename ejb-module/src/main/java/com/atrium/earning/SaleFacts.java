package com.atrium.earning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Everything the earning rules look at about one sale, gathered before the pure evaluation: the
 * amount and time, where it happened, the member's tier, whether it falls in the member's birthday
 * month (in the mall's zone) and how many points the member already earned that mall day.
 */
public record SaleFacts(
    BigDecimal amount,
    Instant occurredAt,
    String tenantCode,
    String category,
    String tier,
    boolean birthdayMonth,
    long pointsEarlierToday) {

  public SaleFacts {
    if (amount == null || amount.signum() <= 0) {
      throw new IllegalArgumentException("amount must be positive");
    }
  }

  /** The birthday month is the calendar month of the birthday, in the mall's zone. */
  public static boolean inBirthdayMonth(LocalDate birthday, Instant at, ZoneId zone) {
    return birthday != null && at.atZone(zone).getMonth() == birthday.getMonth();
  }
}
