package com.atrium.wifi;

import java.time.Duration;
import java.util.Map;

/**
 * A mall's WiFi rules, read once from the configuration ({@link WifiSettings}): per tier the
 * bandwidth and the daily data quota, one session's length, how long a device stays remembered, how
 * many codes a phone or a device may ask for in an hour, and the visit bonus (points for the first
 * session of a day that lasts at least the dwell, at most {@code visitMonthlyCap} visits with
 * points a calendar month; 0 points: visits are kept, no points).
 */
public record WifiPolicy(
    Map<String, TierPerk> tiers,
    int sessionMinutes,
    int rememberDays,
    int codesPerHour,
    long visitPoints,
    int visitDwellMinutes,
    int visitMonthlyCap) {

  /** One tier's bandwidth (kbit/s) and daily data quota (MiB). */
  public record TierPerk(int upKbps, int downKbps, int dailyQuotaMb) {}

  static final long MB = 1024L * 1024L;

  public WifiPolicy {
    tiers = Map.copyOf(tiers);
  }

  /**
   * The grant for a member of {@code tier} who used {@code usedBytes} in this mall today; a tier
   * without WiFi perks gets nothing (no bandwidth, no quota).
   */
  public WifiGrant grant(String tier, long usedBytes) {
    return grant(tier, usedBytes, 0);
  }

  /**
   * The same, with {@code partnerExtraMb} of extra daily data from the member's partner rights
   * (docs/wifi.md, "Partner rights"): the daily quota is the tier's plus the extra; the bandwidth
   * stays the tier's.
   */
  public WifiGrant grant(String tier, long usedBytes, long partnerExtraMb) {
    TierPerk perk = tiers.getOrDefault(tier, new TierPerk(0, 0, 0));
    long quota = (perk.dailyQuotaMb() + Math.max(0, partnerExtraMb)) * MB;
    long remaining = Math.max(0, quota - Math.max(0, usedBytes));
    return new WifiGrant(
        tier, sessionMinutes, perk.upKbps(), perk.downKbps(), quota, usedBytes, remaining);
  }

  public Duration remembered() {
    return Duration.ofDays(rememberDays);
  }

  /** Whether a session of {@code seconds} is long enough to be the day's visit. */
  public boolean isVisit(long seconds) {
    return seconds >= visitDwellMinutes * 60L;
  }
}
