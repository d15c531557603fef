package com.atrium.parking;

import com.atrium.platform.DomainException;
import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Chinese licence plate, normalised (full-width to half-width, upper case, no spaces, dots or
 * dashes) and validated at construction: ordinary 7-character plates (沪B54321), new-energy
 * 8-character plates (沪AD12345 small, 沪A12345D large) and the special series (警 学 挂 领 港 澳 试 超 as
 * the last character, 使 embassy plates). The letters I and O never appear in a serial.
 */
public final class PlateNumber {

  static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
  private static final String P = "[" + PROVINCES + "]";
  // the issuing office letter, then serial characters: letters without I and O, digits
  private static final String S = "[A-HJ-NP-Z0-9]";
  private static final Pattern ORDINARY = Pattern.compile(P + "[A-Z]" + S + "{5}");
  private static final Pattern NEW_ENERGY_SMALL =
      Pattern.compile(P + "[A-Z][DABCEFGHJK]" + S + "[0-9]{4}");
  private static final Pattern NEW_ENERGY_LARGE = Pattern.compile(P + "[A-Z][0-9]{5}[DABCEFGHJK]");
  private static final Pattern SPECIAL_SUFFIX = Pattern.compile(P + "[A-Z]" + S + "{4}[警学挂领港澳试超]");
  private static final Pattern EMBASSY = Pattern.compile("使[0-9]{6}|[0-9]{3}使[0-9]{3}");

  private final String value;

  private PlateNumber(String value) {
    this.value = value;
  }

  /** Normalises and validates what a person or a car park typed; PLATE_INVALID otherwise. */
  public static PlateNumber of(String typed) {
    if (typed == null || typed.isBlank()) {
      throw DomainException.invalid("PLATE_REQUIRED", "plate", "Give the licence plate");
    }
    String v = normalise(typed);
    if (!isValid(v)) {
      throw DomainException.invalid(
          "PLATE_INVALID",
          "plate",
          "Not a licence plate: expected 7 characters such as 粤B·C7380, a new-energy 8 such as"
              + " 粤B·D12345, or a special series such as 粤B·1234学");
    }
    return new PlateNumber(v);
  }

  static String normalise(String typed) {
    String v = Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase(java.util.Locale.ROOT);
    return v.replaceAll("[\\s·•.\\-_]", "");
  }

  static boolean isValid(String v) {
    return ORDINARY.matcher(v).matches()
        || NEW_ENERGY_SMALL.matcher(v).matches()
        || NEW_ENERGY_LARGE.matcher(v).matches()
        || SPECIAL_SUFFIX.matcher(v).matches()
        || EMBASSY.matcher(v).matches();
  }

  /** The normalised plate; personal data: for encryption and the blind index only. */
  public String value() {
    return value;
  }

  /** 沪A·***5D: the region and the last two characters, the rest starred. */
  public String masked() {
    if (value.length() < 4 || !Character.isLetter(value.charAt(1))) {
      return value.charAt(0)
          + "·"
          + "*".repeat(value.length() - 3)
          + value.substring(value.length() - 2);
    }
    String serial = value.substring(2);
    return value.substring(0, 2)
        + "·"
        + "*".repeat(serial.length() - 2)
        + serial.substring(serial.length() - 2);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlateNumber p && p.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  /** Masked: a plate never reaches a log in clear. */
  @Override
  public String toString() {
    return masked();
  }
}
