package com.atrium.earning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A sale's birthday month is the month of the mall where it is made, in that mall's zone. */
class SaleFactsTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void aSaleAtHalfPastElevenUtcOnNovemberTheLastIsInDecemberInShanghaiAndInNovemberInLondon() {
    Instant sale = Instant.parse("2026-11-30T23:30:00Z");
    LocalDate decemberBirthday = LocalDate.parse("1990-12-15");
    LocalDate novemberBirthday = LocalDate.parse("1990-11-15");
    assertThat(SaleFacts.inBirthdayMonth(decemberBirthday, sale, SHANGHAI)).isTrue();
    assertThat(SaleFacts.inBirthdayMonth(decemberBirthday, sale, LONDON)).isFalse();
    assertThat(SaleFacts.inBirthdayMonth(novemberBirthday, sale, SHANGHAI)).isFalse();
    assertThat(SaleFacts.inBirthdayMonth(novemberBirthday, sale, LONDON)).isTrue();
    assertThat(SaleFacts.inBirthdayMonth(null, sale, LONDON)).isFalse();
  }
}
