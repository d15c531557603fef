package com.atrium.notification;

import com.atrium.ledger.ExpiringPoints;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which expiry reminders are due, as pure arithmetic. The window: points that expire after now and
 * at most {@code days} days from now. One reminder per member and last valid day (in the mall's
 * zone): lots of one member that expire on the same day make one reminder with their sum.
 */
public final class ExpiryReminders {

  /** One reminder: the member's points that are valid until the end of {@code lastValidDay}. */
  public record Due(long memberId, LocalDate lastValidDay, long points) {
    /** The business key that makes the reminder exactly-once. */
    public String reference() {
      return "EXPIRY:" + lastValidDay;
    }
  }

  private ExpiryReminders() {}

  /** The end of the window: {@code days} days after now (no window for 0 days). */
  public static Instant windowEnd(Instant now, int days) {
    return now.plus(Duration.ofDays(Math.max(days, 0)));
  }

  /** The last day, in the mall's zone, on which points expiring at {@code expiresAt} are valid. */
  public static LocalDate lastValidDay(Instant expiresAt, ZoneId zone) {
    return expiresAt.minusNanos(1).atZone(zone).toLocalDate();
  }

  public static List<Due> due(List<ExpiringPoints> expiring, Instant now, int days, ZoneId zone) {
    Instant end = windowEnd(now, days);
    Map<String, Due> byKey = new LinkedHashMap<>();
    for (ExpiringPoints e : expiring) {
      if (!e.expiresAt().isAfter(now) || e.expiresAt().isAfter(end) || e.points() <= 0) {
        continue;
      }
      LocalDate day = lastValidDay(e.expiresAt(), zone);
      byKey.merge(
          e.memberId() + "|" + day,
          new Due(e.memberId(), day, e.points()),
          (a, b) -> new Due(a.memberId(), a.lastValidDay(), a.points() + b.points()));
    }
    return new ArrayList<>(byKey.values());
  }
}
