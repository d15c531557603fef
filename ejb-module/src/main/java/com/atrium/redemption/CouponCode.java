package com.atrium.redemption;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Coupon codes: 128 random bits from {@link SecureRandom}, base64url without padding (22
 * characters, safe in URLs and QR codes). Unguessable, so a code is its own proof of possession; it
 * is still only ever accepted from the providing tenant's staff.
 */
public final class CouponCode {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");

  private CouponCode() {}

  public static String next() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** True when the text has the shape of a code (typed or scanned; surrounding blanks ignored). */
  public static boolean looksValid(String text) {
    return text != null && FORMAT.matcher(text.trim()).matches();
  }
}
