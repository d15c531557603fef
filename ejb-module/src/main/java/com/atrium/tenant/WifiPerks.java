package com.atrium.tenant;

import java.util.Map;

/** The mall's WiFi perk defaults: daily data quota by tier and how long one authorisation lasts. */
public record WifiPerks(Map<String, Integer> dailyQuotaMbByTier, int sessionMinutes) {

  public WifiPerks {
    dailyQuotaMbByTier = Map.copyOf(dailyQuotaMbByTier);
  }

  public int dailyQuotaMb(String tierCode) {
    return dailyQuotaMbByTier.getOrDefault(tierCode, 0);
  }
}
