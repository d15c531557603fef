package com.atrium.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.ledger.ExpiringPoints;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpiryRemindersTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant NOW = Instant.parse("2027-12-01T02:00:00Z");
  // points earned in 2026 expire at the first instant of 2028-01-01 in Shanghai
  static final Instant NEW_YEAR = Instant.parse("2027-12-31T16:00:00Z");

  @Test
  void theLastValidDayIsTheDayBeforeTheExpiryInstantInTheMallZone() {
    assertThat(ExpiryReminders.lastValidDay(NEW_YEAR, SHANGHAI))
        .isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(ExpiryReminders.lastValidDay(Instant.parse("2027-12-15T05:30:00Z"), SHANGHAI))
        .isEqualTo(LocalDate.of(2027, 12, 15));
  }

  @Test
  void theWindowIncludesItsEndAndExcludesWhatHasAlreadyExpired() {
    Instant end = ExpiryReminders.windowEnd(NOW, 30);
    List<ExpiryReminders.Due> due =
        ExpiryReminders.due(
            List.of(
                new ExpiringPoints(1, NOW, 10), // expired now: the expiry job's, not a reminder
                new ExpiringPoints(2, end, 20), // exactly at the end: in
                new ExpiringPoints(3, end.plusSeconds(1), 30), // just after: out
                new ExpiringPoints(4, NOW.plusSeconds(1), 40)),
            NOW,
            30,
            SHANGHAI);
    assertThat(due).extracting(ExpiryReminders.Due::memberId).containsExactly(2L, 4L);
  }

  @Test
  void lotsOfOneMemberExpiringTheSameDayMakeOneReminder() {
    List<ExpiryReminders.Due> due =
        ExpiryReminders.due(
            List.of(
                new ExpiringPoints(7, NEW_YEAR, 100),
                new ExpiringPoints(7, NEW_YEAR.minusSeconds(3600), 50), // same Shanghai day
                new ExpiringPoints(7, NEW_YEAR.minusSeconds(86_400 * 2), 5), // another day
                new ExpiringPoints(8, NEW_YEAR, 1)),
            NOW,
            31,
            SHANGHAI);
    assertThat(due)
        .containsExactly(
            new ExpiryReminders.Due(7, LocalDate.of(2027, 12, 31), 150),
            new ExpiryReminders.Due(7, LocalDate.of(2027, 12, 29), 5),
            new ExpiryReminders.Due(8, LocalDate.of(2027, 12, 31), 1));
    assertThat(due.get(0).reference()).isEqualTo("EXPIRY:2027-12-31");
  }

  @Test
  void aZeroDayWindowRemindsNobody() {
    assertThat(ExpiryReminders.due(List.of(new ExpiringPoints(1, NEW_YEAR, 5)), NOW, 0, SHANGHAI))
        .isEmpty();
  }
}
