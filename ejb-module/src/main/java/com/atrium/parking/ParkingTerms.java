package com.atrium.parking;

import com.atrium.tenant.ParkingPerks;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * One mall's parking terms as configured (docs/parking.md, "Configuration"): the perks by tier and
 * spend (with the holiday variant of the spend thresholds), the holiday calendar (weekends are
 * holidays unless listed as workdays; listed holidays are holidays), the daily caps, the release
 * window, what a free hour costs the mall and who pays for the spend minutes.
 */
public record ParkingTerms(
    long mallId,
    String mallCode,
    ZoneId zone,
    ParkingPerks perks,
    ParkingPerks holidayPerks,
    Set<LocalDate> holidays,
    Set<LocalDate> workdays,
    int maxFreeHoursPerDay,
    int releaseMinutes,
    BigDecimal freeHourCostCny,
    SpendCost spendCost) {

  /** Who pays for the free minutes that same-day spend unlocked. */
  public enum SpendCost {
    /** the tenants whose sales unlocked them, pro rata to those sales */
    TENANTS,
    /** the operator, like the tier minutes */
    OPERATOR
  }

  public ParkingTerms {
    holidays = Set.copyOf(holidays);
    workdays = Set.copyOf(workdays);
  }

  /** Whether the holiday thresholds apply on that business day. */
  public boolean isHoliday(LocalDate day) {
    if (holidays.contains(day)) {
      return true;
    }
    boolean weekend =
        day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    return weekend && !workdays.contains(day);
  }

  /** The spend bonuses of that day: the holiday variant on holidays. */
  public ParkingPerks perksOn(LocalDate day) {
    return isHoliday(day) ? holidayPerks : perks;
  }
}
