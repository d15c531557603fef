package com.atrium.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A period stored with an exclusive end is shown by its last day, as it was entered. */
class ExclusiveEndTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void anEndAtMidnightIsShownAsTheDayBefore() {
    // a reward "until 2027-03-31" is stored as the start of 2027-04-01 in the mall's zone
    Instant end = LocalDate.parse("2027-04-01").atStartOfDay(SHANGHAI).toInstant();
    assertThat(PortalMessages.lastDay(end, SHANGHAI)).isEqualTo("2027-03-31");
    assertThat(PortalMessages.dateTime(end, SHANGHAI)).isEqualTo("2027-04-01 00:00");
  }

  @Test
  void anEndDuringADayIsThatDay() {
    Instant end = Instant.parse("2027-03-31T07:30:00Z"); // 15:30 in Shanghai
    assertThat(PortalMessages.lastDay(end, SHANGHAI)).isEqualTo("2027-03-31");
    assertThat(PortalMessages.lastDay(Instant.parse("2027-03-31T16:00:00.000000001Z"), SHANGHAI))
        .isEqualTo("2027-04-01");
  }

  @Test
  void aStartIsItsDayAndNoneIsEmpty() {
    Instant start = LocalDate.parse("2026-12-03").atStartOfDay(SHANGHAI).toInstant();
    assertThat(PortalMessages.day(start, SHANGHAI)).isEqualTo("2026-12-03");
    assertThat(PortalMessages.day(null, SHANGHAI)).isEmpty();
    assertThat(PortalMessages.lastDay(null, SHANGHAI)).isEmpty();
  }
}
