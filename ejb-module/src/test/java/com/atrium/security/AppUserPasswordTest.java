package com.atrium.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppUserPasswordTest {

  static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));
  static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");

  private static AppUser lockedUser() {
    AppUser u = new AppUser("mkt", "Marketing", "hash", null, Set.of(Roles.OPERATOR_MARKETING), T0);
    for (int i = 0; i < 5; i++) {
      u.recordFailure(T0, POLICY);
    }
    assertThat(u.isLockedAt(T0.plusSeconds(1))).isTrue();
    return u;
  }

  @Test
  void aNewLoginMustReplaceThePasswordTheAdminChose() {
    assertThat(
            new AppUser("a", "A", "h", null, Set.of(Roles.OPERATOR_ADMIN), T0).mustChangePassword())
        .isTrue();
  }

  @Test
  void aResetEndsTheLockAndObligesAChange() {
    AppUser u = lockedUser();
    u.changeOwnPassword("own");
    u.resetPassword("temporary");
    assertThat(u.passwordHash()).isEqualTo("temporary");
    assertThat(u.mustChangePassword()).isTrue();
    assertThat(u.mayLogIn(T0.plusSeconds(1))).isTrue();
    assertThat(u.failedAttempts()).isZero();
  }

  @Test
  void choosingOnesOwnPasswordClearsTheObligation() {
    AppUser u = lockedUser();
    u.changeOwnPassword("chosen");
    assertThat(u.mustChangePassword()).isFalse();
    assertThat(u.passwordHash()).isEqualTo("chosen");
  }

  @Test
  void unlockingStartsTheCountOver() {
    AppUser u = lockedUser();
    u.unlock();
    assertThat(u.mayLogIn(T0.plusSeconds(1))).isTrue();
    assertThat(u.failedAttempts()).isZero();
    assertThat(u.lockedUntil()).isEmpty();
  }

  @Test
  void theSnapshotNeverCarriesThePassword() {
    AppUser u = lockedUser();
    u.resetPassword("PBKDF2WithHmacSHA256:600000:salt:secret-hash");
    assertThat(u.snapshot().toString()).doesNotContain("secret-hash").doesNotContain("PBKDF2");
    assertThat(u.snapshot()).containsEntry("mustChangePassword", true);
  }
}
