package com.atrium.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppUserLockoutTest {

  static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));
  static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

  static AppUser user() {
    return new AppUser(
        "fb001", "FB001 assistant", "hash", 7L, Set.of(Roles.MERCHANT_ASSISTANT), T0);
  }

  @Test
  void fourFailuresDoNotLock() {
    AppUser u = user();
    for (int i = 0; i < 4; i++) {
      u.recordFailure(T0.plusSeconds(i), POLICY);
    }
    assertThat(u.failedAttempts()).isEqualTo(4);
    assertThat(u.isLockedAt(T0.plusSeconds(5))).isFalse();
    assertThat(u.mayLogIn(T0.plusSeconds(5))).isTrue();
  }

  @Test
  void theFifthConsecutiveFailureLocksForFifteenMinutes() {
    AppUser u = user();
    for (int i = 0; i < 5; i++) {
      u.recordFailure(T0, POLICY);
    }
    assertThat(u.lockedUntil()).contains(T0.plus(Duration.ofMinutes(15)));
    assertThat(u.mayLogIn(T0.plus(Duration.ofMinutes(14)))).isFalse();
  }

  @Test
  void theLockEndsByItselfAndTheCountStartsOver() {
    AppUser u = user();
    for (int i = 0; i < 5; i++) {
      u.recordFailure(T0, POLICY);
    }
    Instant after = T0.plus(Duration.ofMinutes(15));
    assertThat(u.isLockedAt(after)).isFalse();
    assertThat(u.mayLogIn(after)).isTrue();
    u.recordFailure(after, POLICY);
    assertThat(u.failedAttempts()).isEqualTo(1);
    assertThat(u.isLockedAt(after)).isFalse();
  }

  @Test
  void failuresDuringALockDoNotExtendIt() {
    AppUser u = user();
    for (int i = 0; i < 5; i++) {
      u.recordFailure(T0, POLICY);
    }
    u.recordFailure(T0.plus(Duration.ofMinutes(10)), POLICY);
    assertThat(u.lockedUntil()).contains(T0.plus(Duration.ofMinutes(15)));
  }

  @Test
  void aSuccessResetsTheCounterAndRecordsTheLogin() {
    AppUser u = user();
    for (int i = 0; i < 4; i++) {
      u.recordFailure(T0, POLICY);
    }
    u.recordSuccess(T0.plusSeconds(1));
    assertThat(u.failedAttempts()).isZero();
    assertThat(u.lastLoginAt()).contains(T0.plusSeconds(1));
    for (int i = 0; i < 4; i++) {
      u.recordFailure(T0.plusSeconds(2), POLICY);
    }
    assertThat(u.isLockedAt(T0.plusSeconds(2))).isFalse();
  }

  @Test
  void aDisabledUserMayNotLogIn() {
    AppUser u = user();
    u.disable();
    assertThat(u.mayLogIn(T0)).isFalse();
    u.enable();
    assertThat(u.mayLogIn(T0)).isTrue();
  }

  @Test
  void minutesLeftAreRoundedUp() {
    assertThat(LockoutPolicy.minutesLeft(T0, T0.plusSeconds(15 * 60))).isEqualTo(15);
    assertThat(LockoutPolicy.minutesLeft(T0, T0.plusSeconds(61))).isEqualTo(2);
    assertThat(LockoutPolicy.minutesLeft(T0, T0.plusSeconds(1))).isEqualTo(1);
  }

  @Test
  void aPolicyNeedsAPositiveLimitAndDuration() {
    assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
