package com.atrium.portal;

import java.math.BigInteger;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A difference of points as people read it: a plus sign before a gain, a real minus sign (U+2212)
 * before a loss, the locale's thousands separators, and no sign for nothing ({@code +1,234}, {@code
 * −5,678}, {@code 0}). Never parentheses, which read as a note rather than a loss.
 */
public final class SignedNumbers {

  /** The minus sign, wider than a hyphen so that it is not missed. */
  public static final char MINUS = '\u2212';

  private SignedNumbers() {}

  public static String format(long n, Locale locale) {
    String digits = NumberFormat.getIntegerInstance(locale).format(BigInteger.valueOf(n).abs());
    return n > 0 ? "+" + digits : n < 0 ? MINUS + digits : digits;
  }
}
