package com.atrium.tenant.config;

import com.atrium.tenant.ParkingPerks.SpendBonus;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Parsers for the raw strings of the tenant configuration. Each throws {@link
 * IllegalArgumentException} whose message says what was expected, so that the startup check and the
 * typed accessors read values the same way and the check can quote the expectation.
 */
public final class ConfigValues {

  /** Money and rates carry at most this many decimals. */
  public static final int MAX_SCALE = 4;

  private ConfigValues() {}

  public static BigDecimal positiveDecimal(String raw) {
    BigDecimal d = decimal(raw, "a decimal > 0");
    if (d.signum() <= 0) {
      throw new IllegalArgumentException(expectDecimal("a decimal > 0"));
    }
    return d;
  }

  public static BigDecimal nonNegativeDecimal(String raw) {
    BigDecimal d = decimal(raw, "a decimal >= 0");
    if (d.signum() < 0) {
      throw new IllegalArgumentException(expectDecimal("a decimal >= 0"));
    }
    return d;
  }

  /** A percentage from 0 to 100 with at most 2 decimals (a share, a fee). */
  public static BigDecimal percent(String raw) {
    String expected = "a percentage from 0 to 100 with at most 2 decimals (e.g. 20 or 12.5)";
    BigDecimal d;
    try {
      d = new BigDecimal(raw.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(expected);
    }
    if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(100)) > 0 || d.scale() > 2) {
      throw new IllegalArgumentException(expected);
    }
    return d;
  }

  /** A mainland mobile number (11 digits from 13 to 19), as the notification outbox sends to. */
  public static String mobile(String raw) {
    String d = raw.trim().replaceAll("[\\s\\-]", "");
    if (!d.matches("1[3-9]\\d{9}")) {
      throw new IllegalArgumentException("an 11-digit mainland mobile number such as 13800138000");
    }
    return d;
  }

  private static BigDecimal decimal(String raw, String what) {
    BigDecimal d;
    try {
      d = new BigDecimal(raw.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(expectDecimal(what));
    }
    if (d.scale() > MAX_SCALE) {
      throw new IllegalArgumentException(expectDecimal(what));
    }
    return d;
  }

  private static String expectDecimal(String what) {
    return what + " with at most " + MAX_SCALE + " decimals (e.g. 1.5 or 0.0110)";
  }

  public static int integer(String raw, int min, int max) {
    String expected = "a whole number from " + min + " to " + max;
    try {
      int i = Integer.parseInt(raw.trim());
      if (i < min || i > max) {
        throw new IllegalArgumentException(expected);
      }
      return i;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(expected);
    }
  }

  /** The spellings MicroProfile Config reads as a boolean; anything else is a typo, not false. */
  public static boolean bool(String raw) {
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "on", "1" -> true;
      case "false", "no", "n", "off", "0" -> false;
      default -> throw new IllegalArgumentException("true or false");
    };
  }

  public static ZoneId zone(String raw) {
    try {
      return ZoneId.of(raw.trim());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("a time-zone id such as Asia/Shanghai");
    }
  }

  public static <E extends Enum<E>> E enumValue(String raw, Class<E> type) {
    try {
      return Enum.valueOf(type, raw.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "one of "
              + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }
  }

  /** A code: upper-case letters, digits, '-' or '_' (tenant, tier and mall codes). */
  public static String code(String raw) {
    String c = raw.trim();
    if (!c.matches("[A-Z0-9][A-Z0-9_-]{1,31}")) {
      throw new IllegalArgumentException(
          "a code of 2 to 32 upper-case letters, digits, '-' or '_'");
    }
    return c;
  }

  public static String text(String raw) {
    if (raw.isBlank()) {
      throw new IllegalArgumentException("a non-empty text");
    }
    return raw.trim();
  }

  /** A comma-separated list of distinct codes, at least one. */
  public static List<String> codes(String raw) {
    List<String> codes = new ArrayList<>();
    for (String part : raw.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      String c;
      try {
        c = code(part);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "a comma-separated list of codes (e.g. STANDARD,SILVER)");
      }
      if (codes.contains(c)) {
        throw new IllegalArgumentException("distinct codes (" + c + " appears twice)");
      }
      codes.add(c);
    }
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("at least one code");
    }
    return List.copyOf(codes);
  }

  /**
   * {@code 200.00:60, 500.00:120}: same-day spend threshold in CNY, colon, extra free minutes;
   * thresholds strictly ascending; {@code none} when the mall gives no spend bonus.
   */
  public static List<SpendBonus> spendBonuses(String raw) {
    String expected =
        "a comma-separated list of <threshold CNY>:<extra minutes> with ascending thresholds"
            + " (e.g. 200.00:60, 500.00:120), or none";
    if (raw.trim().equalsIgnoreCase("none")) {
      return List.of();
    }
    if (raw.isBlank()) {
      throw new IllegalArgumentException(expected);
    }
    List<SpendBonus> bonuses = new ArrayList<>();
    for (String part : raw.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      String[] pair = part.split(":");
      if (pair.length != 2) {
        throw new IllegalArgumentException(expected);
      }
      SpendBonus b;
      try {
        b = new SpendBonus(positiveDecimal(pair[0]), integer(pair[1], 1, 24 * 60));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(expected);
      }
      if (!bonuses.isEmpty()
          && b.thresholdCny().compareTo(bonuses.get(bonuses.size() - 1).thresholdCny()) <= 0) {
        throw new IllegalArgumentException(expected);
      }
      bonuses.add(b);
    }
    return List.copyOf(bonuses);
  }

  /** {@code 2026-10-01, 2026-10-02}: ISO dates, comma-separated; empty when none. */
  public static java.util.Set<java.time.LocalDate> dates(String raw) {
    java.util.Set<java.time.LocalDate> dates = new java.util.TreeSet<>();
    for (String part : raw.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        dates.add(java.time.LocalDate.parse(part.trim()));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "a comma-separated list of dates such as 2026-10-01, 2026-10-02");
      }
    }
    return java.util.Collections.unmodifiableSet(dates);
  }

  /** One of the given words. */
  public static String oneOf(String raw, String... words) {
    String v = raw.trim();
    if (!Arrays.asList(words).contains(v)) {
      throw new IllegalArgumentException("one of " + String.join(", ", words));
    }
    return v;
  }
}
