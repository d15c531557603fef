package com.atrium.security;

import com.atrium.platform.DomainException;

/** A password for a person: at least 10 characters, with at least one letter and one digit. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;

  private PasswordPolicy() {}

  public static boolean accepts(String password) {
    return password != null
        && password.length() >= MIN_LENGTH
        && password.chars().anyMatch(Character::isLetter)
        && password.chars().anyMatch(Character::isDigit);
  }

  public static void require(String password) {
    if (!accepts(password)) {
      throw DomainException.invalid(
          "PASSWORD_TOO_WEAK",
          "password",
          "A password needs at least " + MIN_LENGTH + " characters, with letters and digits");
    }
  }
}
