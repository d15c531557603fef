package com.atrium.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PhoneChangeTest {

  static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");

  private static PhoneChange change(String code) {
    PhoneChange c = new PhoneChange(7, "13912345678", "service", NOW, NOW.plus(PhoneChanges.VALID));
    c.code(code);
    return c;
  }

  @Test
  void theRightCodeInTimeConfirms() {
    PhoneChange c = change("482913");
    assertThat(c.enter(" 482913 ", NOW.plus(Duration.ofMinutes(9))))
        .isEqualTo(PhoneCodeOutcome.CONFIRMED);
  }

  @Test
  void wrongCodesCountAndTheFifthFailsTheChangeEvenBeforeTheRightOne() {
    PhoneChange c = change("482913");
    for (int left = 4; left >= 1; left--) {
      assertThat(c.enter("000000", NOW)).isEqualTo(PhoneCodeOutcome.WRONG_CODE);
      assertThat(c.attemptsLeft()).isEqualTo(left);
    }
    assertThat(c.enter("111111", NOW)).isEqualTo(PhoneCodeOutcome.TOO_MANY_ATTEMPTS);
    assertThat(c.attemptsLeft()).isZero();
  }

  @Test
  void aCodeEnteredAtOrAfterItsExpiryIsRefusedEvenWhenRight() {
    PhoneChange c = change("482913");
    assertThat(c.enter("482913", NOW.plus(PhoneChanges.VALID))).isEqualTo(PhoneCodeOutcome.EXPIRED);
  }

  @Test
  void onlyTheHashOfTheCodeIsKeptAndItIsBoundToTheChange() {
    assertThat(PhoneChange.hash(1L, "482913"))
        .hasSize(64)
        .doesNotContain("482913")
        .isNotEqualTo(PhoneChange.hash(2L, "482913"));
  }
}
