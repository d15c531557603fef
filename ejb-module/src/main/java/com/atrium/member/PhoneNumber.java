package com.atrium.member;

import com.atrium.platform.DomainException;
import com.atrium.platform.PhoneMaskingFilter;
import java.util.regex.Pattern;

/**
 * A mainland-China mobile number, normalised to its 11 digits. Accepts the forms people type
 * ({@code +86 138-0013-8000}, {@code 8613800138000}); shows itself only masked.
 */
public record PhoneNumber(String digits) {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

  public PhoneNumber {
    if (digits == null || !MOBILE.matcher(digits).matches()) {
      throw DomainException.invalid(
          "PHONE_INVALID", "phone", "A phone number is an 11-digit mainland mobile number");
    }
  }

  public static PhoneNumber parse(String raw) {
    if (raw == null) {
      throw DomainException.invalid("PHONE_INVALID", "phone", "A phone number is required");
    }
    String d = raw.replaceAll("[\\s\\-()]", "");
    if (d.startsWith("+86")) {
      d = d.substring(3);
    } else if (d.startsWith("0086")) {
      d = d.substring(4);
    } else if (d.startsWith("86") && d.length() == 13) {
      d = d.substring(2);
    }
    return new PhoneNumber(d);
  }

  /** True when {@link #parse} accepts what someone typed. */
  public static boolean looksLikeOne(String raw) {
    try {
      parse(raw);
      return true;
    } catch (DomainException e) {
      return false;
    }
  }

  /** 138****1234. */
  public String masked() {
    return digits.substring(0, 3) + "****" + digits.substring(7);
  }

  /** Masks every mobile number inside a free text (log lines, messages). */
  public static String maskAll(String text) {
    return PhoneMaskingFilter.maskAll(text);
  }

  @Override
  public String toString() {
    return masked();
  }
}
