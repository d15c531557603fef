package com.atrium.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemporaryPasswordsTest {

  @Test
  void everyTemporaryPasswordPassesThePolicyAndAvoidsLookAlikes() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String p = TemporaryPasswords.generate();
      assertThat(p).hasSize(TemporaryPasswords.LENGTH).doesNotContainPattern("[0O1lI]");
      assertThat(PasswordPolicy.accepts(p)).as(p).isTrue();
      seen.add(p);
    }
    assertThat(seen).hasSize(2_000);
  }
}
