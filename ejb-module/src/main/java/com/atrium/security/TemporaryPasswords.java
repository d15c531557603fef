package com.atrium.security;

import java.security.SecureRandom;

/**
 * Temporary passwords an admin hands to a person after a reset: 14 characters from an alphabet
 * without look-alikes (no 0/O, 1/l/I), always with letters and digits, so {@link PasswordPolicy}
 * accepts them. About 80 bits of randomness.
 */
public final class TemporaryPasswords {

  private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String DIGITS = "23456789";
  private static final String ALL = LETTERS + DIGITS;
  static final int LENGTH = 14;

  private static final SecureRandom RANDOM = new SecureRandom();

  private TemporaryPasswords() {}

  public static String generate() {
    char[] c = new char[LENGTH];
    c[0] = LETTERS.charAt(RANDOM.nextInt(LETTERS.length()));
    c[1] = DIGITS.charAt(RANDOM.nextInt(DIGITS.length()));
    for (int i = 2; i < LENGTH; i++) {
      c[i] = ALL.charAt(RANDOM.nextInt(ALL.length()));
    }
    // the guaranteed letter and digit at random places, not always first
    for (int i = LENGTH - 1; i > 0; i--) {
      int j = RANDOM.nextInt(i + 1);
      char t = c[i];
      c[i] = c[j];
      c[j] = t;
    }
    return new String(c);
  }
}
