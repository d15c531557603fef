package com.atrium.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ExpiryPolicyTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  private final ExpiryPolicy endOfYear = ExpiryPolicy.endOfYearAfterEarning(SHANGHAI);

  @Test
  void pointsEarnedOnNewYearsEveInTheMallExpireAtTheStartOfTheYearAfterNext() {
    // 2026-12-31 23:59:59 in Shanghai is still 2026 there (15:59:59 UTC)
    assertThat(endOfYear.expiresAt(Instant.parse("2026-12-31T15:59:59Z")))
        .isEqualTo(shanghai("2028-01-01T00:00:00"))
        .isEqualTo(Instant.parse("2027-12-31T16:00:00Z"));
  }

  @Test
  void theMallsNewYearDecidesNotUtcs() {
    // 16:00 UTC on 31 December is already 1 January 2027 in Shanghai
    assertThat(endOfYear.expiresAt(Instant.parse("2026-12-31T16:00:00Z")))
        .isEqualTo(shanghai("2029-01-01T00:00:00"));
  }

  @Test
  void pointsEarnedAtTheFirstInstantOfAYearLastTwoFullYears() {
    assertThat(endOfYear.expiresAt(shanghai("2026-01-01T00:00:00")))
        .isEqualTo(shanghai("2028-01-01T00:00:00"));
  }

  @Test
  void rollingMonthsCountCalendarMonthsInTheMallZone() {
    var oneMonth = ExpiryPolicy.rollingMonths(1, SHANGHAI);
    var twelve = ExpiryPolicy.rollingMonths(12, SHANGHAI);
    var twentyFour = ExpiryPolicy.rollingMonths(24, SHANGHAI);

    assertThat(oneMonth.expiresAt(shanghai("2026-01-31T10:00:00")))
        .isEqualTo(shanghai("2026-02-28T10:00:00"));
    assertThat(twelve.expiresAt(shanghai("2028-02-29T12:00:00")))
        .isEqualTo(shanghai("2029-02-28T12:00:00"));
    assertThat(twentyFour.expiresAt(shanghai("2026-12-31T23:30:00")))
        .isEqualTo(shanghai("2028-12-31T23:30:00"));
  }
}
