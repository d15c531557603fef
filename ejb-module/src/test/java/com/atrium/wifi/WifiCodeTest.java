package com.atrium.wifi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A WiFi code: validity, five attempts, used once, and a phone that is no member's. */
class WifiCodeTest {

  static final Instant T0 = Instant.parse("2026-12-03T02:00:00Z");

  @Test
  void theRightCodeProvesWithinFiveMinutesAndNotAtTheirEnd() {
    WifiCode code = new WifiCode(1, "phone", "mac", 42L, "right", T0);
    assertThat(code.expiresAt()).isEqualTo(T0.plusSeconds(300));
    assertThat(code.prove("right", T0.plusSeconds(300))).isEqualTo(WifiCode.Proof.EXPIRED);
    assertThat(code.prove("right", T0.plusSeconds(299))).isEqualTo(WifiCode.Proof.PROVED);
  }

  @Test
  void aProvedCodeIsUsedUp() {
    WifiCode code = new WifiCode(1, "phone", "mac", 42L, "right", T0);
    assertThat(code.prove("right", T0)).isEqualTo(WifiCode.Proof.PROVED);
    assertThat(code.prove("right", T0)).isEqualTo(WifiCode.Proof.WRONG);
  }

  @Test
  void theFifthWrongCodeLocksEvenTheRightOne() {
    WifiCode code = new WifiCode(1, "phone", "mac", 42L, "right", T0);
    for (int i = 0; i < 5; i++) {
      assertThat(code.prove("wrong", T0)).isEqualTo(WifiCode.Proof.WRONG);
    }
    assertThat(code.prove("right", T0)).isEqualTo(WifiCode.Proof.LOCKED);
  }

  @Test
  void aPhoneThatIsNoMembersAnswersAsAWrongCodeThenLocks() {
    WifiCode code = new WifiCode(1, "phone", "mac", null, "right", T0);
    for (int i = 0; i < 5; i++) {
      assertThat(code.prove("right", T0)).isEqualTo(WifiCode.Proof.WRONG);
    }
    assertThat(code.prove("right", T0)).isEqualTo(WifiCode.Proof.LOCKED);
  }
}
