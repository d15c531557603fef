package com.atrium.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  @ParameterizedTest
  @ValueSource(strings = {"Atrium#2026", "abcdefghi1", "1234567890a", "密码密码密码密码密码1"})
  void acceptsTenOrMoreCharactersWithLettersAndDigits(String password) {
    assertThat(PasswordPolicy.accepts(password)).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "abc123", "abcdefgh1", "abcdefghijkl", "12345678901", "!!!!!!!!!!!!"})
  void refusesShortOrOneSidedPasswords(String password) {
    assertThat(PasswordPolicy.accepts(password)).isFalse();
    assertThatThrownBy(() -> PasswordPolicy.require(password))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("PASSWORD_TOO_WEAK");
              assertThat(e.field()).isEqualTo("password");
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            });
  }
}
