package com.atrium.redemption;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Coupon codes people can type and scan: 12 random symbols of Crockford's base32 (60 bits from
 * {@link SecureRandom}; digits and letters without I, L, O, U) and one check symbol, 13 in all,
 * stored in capitals without separators and shown as {@code XXXX-XXXX-XXXXX}. The check symbol
 * makes every code a word of a one-symbol code over GF(32): the symbols {@code x0..x12} (check
 * last) satisfy {@code Σ x_i·α^(12-i) = 0} with α primitive, so any one wrong symbol and any swap
 * of two different symbols (α^i ≠ α^j) change the sum and are caught before any lookup.
 *
 * <p>Typed text is read leniently: case, blanks and hyphens do not matter, full-width characters
 * count as their ASCII twins, and I/L read as 1 and O as 0 (Crockford's decoding). Codes issued
 * before (22 characters of base64url, 128 bits) still verify: they are recognised by their shape
 * and looked up exactly as written (their letters' case carries bits).
 */
public final class CouponCode {

  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final int PAYLOAD = 12;
  static final int LENGTH = PAYLOAD + 1;
  static final int RANDOM_BITS = 5 * PAYLOAD;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern LEGACY = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");

  /** What a typed or scanned text is. */
  public sealed interface Reading {}

  /** A code whose check symbol holds (or an old code by its shape): look it up by this text. */
  public record Valid(String code) implements Reading {}

  /** Text that cannot be a code: a wrong check symbol, length or character. Not looked up. */
  public record Typo() implements Reading {}

  private CouponCode() {}

  public static String next() {
    return next(RANDOM);
  }

  /** A code from 60 bits of the given source (a fixed seed in tests). */
  static String next(Random random) {
    return fromBits(random.nextLong() >>> (Long.SIZE - RANDOM_BITS));
  }

  /** The code whose 12 random symbols spell {@code bits} (the low 60 bits), with its check. */
  static String fromBits(long bits) {
    char[] code = new char[LENGTH];
    for (int i = PAYLOAD - 1; i >= 0; i--) {
      code[i] = ALPHABET.charAt((int) (bits & 31));
      bits >>>= 5;
    }
    code[PAYLOAD] = ALPHABET.charAt(checkOf(code, PAYLOAD));
    return new String(code);
  }

  /** The 60 bits a (canonical, new-form) code carries. */
  static long bitsOf(String code) {
    long bits = 0;
    for (int i = 0; i < PAYLOAD; i++) {
      bits = bits << 5 | ALPHABET.indexOf(code.charAt(i));
    }
    return bits;
  }

  /**
   * Reads what a person typed or a scanner sent. An old code (22 characters of base64url, after
   * trimming) is taken as it is; anything else is normalised and must be 13 symbols whose check
   * holds.
   */
  public static Reading read(String text) {
    if (text == null) {
      return new Typo();
    }
    String trimmed = text.strip();
    if (LEGACY.matcher(trimmed).matches()) {
      return new Valid(trimmed);
    }
    String s =
        SEPARATORS
            .matcher(Normalizer.normalize(trimmed, Normalizer.Form.NFKC))
            .replaceAll("")
            .toUpperCase(java.util.Locale.ROOT);
    if (s.length() != LENGTH) {
      return new Typo();
    }
    char[] symbols = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      int v = valueOf(s.charAt(i));
      if (v < 0) {
        return new Typo();
      }
      symbols[i] = ALPHABET.charAt(v);
    }
    return checkOf(symbols, LENGTH) == 0 ? new Valid(new String(symbols)) : new Typo();
  }

  /** A code as people read it: {@code XXXX-XXXX-XXXXX}; an old code unchanged. */
  public static String display(String code) {
    if (code == null || code.length() != LENGTH) {
      return code;
    }
    return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
  }

  /** A symbol's value, with Crockford's readings of the lookalikes; -1 for no symbol. */
  private static int valueOf(char c) {
    return switch (c) {
      case 'I', 'L' -> 1;
      case 'O' -> 0;
      default -> ALPHABET.indexOf(c);
    };
  }

  /**
   * Horner's rule over GF(32): {@code s = s·α + x} for the first {@code n} symbols. For the 12
   * random symbols, {@code s·α} is the check that brings the whole code's sum to zero; for all 13,
   * zero means the check holds.
   */
  static int checkOf(char[] symbols, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) {
      s = timesAlpha(s) ^ ALPHABET.indexOf(symbols[i]);
    }
    return n == PAYLOAD ? timesAlpha(s) : s;
  }

  /** Multiplication by α = x in GF(2^5) modulo the primitive polynomial x^5 + x^2 + 1. */
  private static int timesAlpha(int v) {
    v <<= 1;
    return (v & 32) != 0 ? v ^ 0b100101 : v;
  }
}
