package com.atrium.tenant;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mall's parking perk defaults: free minutes at exit by tier, extra free minutes for same-day
 * spend (the highest threshold reached applies; bonuses do not add up), and paying further hours
 * with points up to a daily cap.
 */
public record ParkingPerks(
    Map<String, Integer> freeMinutesByTier,
    List<SpendBonus> spendBonuses,
    long pointsPerExtraHour,
    int maxPointHoursPerDay) {

  /** Same-day spend of at least {@code thresholdCny} earns {@code extraMinutes} free minutes. */
  public record SpendBonus(BigDecimal thresholdCny, int extraMinutes) {}

  public ParkingPerks {
    // keeps the tiers' order (lowest first) for display
    freeMinutesByTier = Collections.unmodifiableMap(new LinkedHashMap<>(freeMinutesByTier));
    spendBonuses = List.copyOf(spendBonuses);
  }

  public int freeMinutes(String tierCode) {
    return freeMinutesByTier.getOrDefault(tierCode, 0);
  }

  /** Extra free minutes for a day's spend: the bonus of the highest threshold reached, or 0. */
  public int extraMinutesFor(BigDecimal sameDaySpend) {
    int extra = 0;
    for (SpendBonus b : spendBonuses) {
      if (sameDaySpend.compareTo(b.thresholdCny()) >= 0) {
        extra = Math.max(extra, b.extraMinutes());
      }
    }
    return extra;
  }
}
