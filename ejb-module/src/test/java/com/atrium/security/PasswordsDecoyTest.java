package com.atrium.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The decoy an unknown username is checked against has the parameters of every stored hash, so a
 * check against it costs what a real one costs.
 */
class PasswordsDecoyTest {

  @Test
  void theDecoyHasTheParametersOfARealHash() {
    String[] parts = Passwords.decoyHash(new SecureRandom()).split(":");

    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
    assertThat(parts[1]).isEqualTo("600000");
    assertThat(Base64.getDecoder().decode(parts[2])).hasSize(32);
    assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
  }

  @Test
  void everyStartHasItsOwnDecoy() {
    SecureRandom random = new SecureRandom();

    assertThat(Passwords.decoyHash(random)).isNotEqualTo(Passwords.decoyHash(random));
  }
}
