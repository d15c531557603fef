package com.atrium.partner;

import com.atrium.platform.DomainException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A right definition as finance types it on the partners page: every field judged at once ({@link
 * #problems}), so each refusal shows at its field. The code is the partner's word in its grants
 * (upper-case letters, digits, '_' or '-', at most 32); the tier floor, when given, is a tier of
 * the mall's ladder; parking minutes (at most a day's 1440) and WiFi MB per business day are 0 or
 * more.
 */
public record RightDraft(
    String code, String name, String tierFloor, Long parkingMinutes, Long wifiExtraMb)
    implements Serializable {

  static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");
  static final long MAX_PARKING_MINUTES = 24 * 60;
  static final long MAX_WIFI_MB = 1_000_000;

  /** One refusal and the field it belongs to. */
  public record Problem(String field, String code, String message) implements Serializable {
    public DomainException exception() {
      return DomainException.invalid(code, field, message);
    }
  }

  /**
   * What is wrong with the draft against the tier ladder {@code tiers}; empty when it may be kept.
   */
  public List<Problem> problems(Collection<String> tiers, boolean checkCode) {
    List<Problem> p = new ArrayList<>();
    if (checkCode && (code == null || !CODE.matcher(code.strip()).matches())) {
      p.add(
          new Problem(
              "code",
              "RIGHT_CODE_INVALID",
              "1 to 32 upper-case letters, digits, '_' or '-', starting with a letter or digit"));
    }
    if (name == null || name.isBlank() || name.strip().length() > 100) {
      p.add(new Problem("name", "RIGHT_NAME_INVALID", "A name of 1 to 100 characters"));
    }
    if (tierFloor != null && !tierFloor.isBlank() && !tiers.contains(tierFloor)) {
      p.add(new Problem("tierFloor", "RIGHT_TIER_UNKNOWN", "No tier " + tierFloor));
    }
    if (parkingMinutes == null || parkingMinutes < 0 || parkingMinutes > MAX_PARKING_MINUTES) {
      p.add(
          new Problem(
              "parkingMinutes",
              "RIGHT_PARKING_INVALID",
              "Free parking minutes per day: 0 to " + MAX_PARKING_MINUTES));
    }
    if (wifiExtraMb == null || wifiExtraMb < 0 || wifiExtraMb > MAX_WIFI_MB) {
      p.add(
          new Problem(
              "wifiExtraMb", "RIGHT_WIFI_INVALID", "Extra WiFi MB per day: 0 to " + MAX_WIFI_MB));
    }
    return p;
  }

  String strippedCode() {
    return code.strip();
  }

  String strippedName() {
    return name.strip();
  }

  /** The tier floor, or null for none. */
  String floor() {
    return tierFloor == null || tierFloor.isBlank() ? null : tierFloor;
  }
}
