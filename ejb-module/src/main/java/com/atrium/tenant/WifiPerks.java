package com.atrium.tenant;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The mall's WiFi perk defaults: daily data quota by tier and how long one authorisation lasts. */
public record WifiPerks(Map<String, Integer> dailyQuotaMbByTier, int sessionMinutes) {

  public WifiPerks {
    // keeps the tiers' order (lowest first) for display
    dailyQuotaMbByTier = Collections.unmodifiableMap(new LinkedHashMap<>(dailyQuotaMbByTier));
  }

  public int dailyQuotaMb(String tierCode) {
    return dailyQuotaMbByTier.getOrDefault(tierCode, 0);
  }
}
