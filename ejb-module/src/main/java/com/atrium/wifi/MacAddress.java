package com.atrium.wifi;

import com.atrium.platform.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A device's MAC address, normalised to {@code aa:bb:cc:dd:ee:ff} whatever separators a controller
 * uses (colons, hyphens, Cisco dots or none). A locally administered address (second-lowest bit of
 * the first octet) is one a phone randomises: it is never remembered.
 */
public record MacAddress(String value) {

  private static final Pattern HEX12 = Pattern.compile("[0-9a-f]{12}");

  public static MacAddress parse(String raw) {
    String hex = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT).replaceAll("[:.\\-]", "");
    if (!HEX12.matcher(hex).matches()) {
      throw DomainException.invalid(
          "WIFI_MAC_INVALID", "mac", "A MAC address is 12 hex digits, e.g. AA-BB-CC-DD-EE-FF");
    }
    StringBuilder s = new StringBuilder(17);
    for (int i = 0; i < 12; i += 2) {
      if (i > 0) {
        s.append(':');
      }
      s.append(hex, i, i + 2);
    }
    return new MacAddress(s.toString());
  }

  /** Whether a phone made this address up (locally administered bit set). */
  public boolean isRandomised() {
    return (Integer.parseInt(value.substring(0, 2), 16) & 0x02) != 0;
  }
}
