package com.atrium.parking;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The perk arithmetic of a quote at exit, a pure function (docs/parking.md, "The quote"): tier
 * minutes, plus the partner-right minutes the member has left that day, plus the spend minutes of
 * the highest spend threshold reached that day (one spend grant per member per day), capped by the
 * free hours per car per day left and by the stay; applied in that order (tier, partner, spend), so
 * the cap cuts the spend minutes first, then the partner's. The fee is discounted pro rata to the
 * minutes (rounded down to the fen, in the car park's favour; the whole fee when the whole stay is
 * free). The rest may be paid with points per started hour, within the member's point hours left
 * that day.
 */
public final class QuoteCalculator {

  private QuoteCalculator() {}

  /** What is known about a member's day at the exit; a plate of no member has no member. */
  public record Day(
      String tier,
      BigDecimal sameDaySpend,
      boolean spendGrantUsed,
      int freeMinutesUsedByCar,
      int pointHoursUsed,
      long balance,
      int partnerMinutesLeft) {}

  /** The perks of one exit; amounts in fen, durations in minutes. */
  public record Perks(
      int stayMinutes,
      int tierMinutes,
      int spendMinutes,
      int capMinutesLeft,
      int appliedTierMinutes,
      int appliedSpendMinutes,
      int discountMinutes,
      long discountFen,
      long remainingFen,
      int pointHours,
      long points,
      long pointsFen,
      boolean holiday,
      int partnerMinutes,
      int appliedPartnerMinutes) {

    public static Perks none(int stay, long feeFen) {
      return new Perks(stay, 0, 0, 0, 0, 0, 0, 0, feeFen, 0, 0, 0, false, 0, 0);
    }
  }

  public static Perks quote(
      ParkingTerms terms, Instant entry, Instant exit, long feeFen, LocalDate day, Day member) {
    int stay = stayMinutes(entry, exit);
    if (member == null) {
      return Perks.none(stay, feeFen);
    }
    boolean holiday = terms.isHoliday(day);
    var perks = terms.perksOn(day);
    int tier = perks.freeMinutes(member.tier());
    int spend = member.spendGrantUsed() ? 0 : perks.extraMinutesFor(member.sameDaySpend());
    int capLeft = Math.max(0, terms.maxFreeHoursPerDay() * 60 - member.freeMinutesUsedByCar());
    int partner = Math.max(0, member.partnerMinutesLeft());
    int discount = Math.min(Math.min(tier + partner + spend, capLeft), stay);
    int appliedTier = Math.min(tier, discount);
    int appliedPartner = Math.min(partner, discount - appliedTier);
    int appliedSpend = discount - appliedTier - appliedPartner;
    long discountFen = stay == 0 || discount == stay ? feeFen : feeFen * discount / stay;
    long remainingFen = feeFen - discountFen;
    int restMinutes = stay - discount;
    int hours = 0;
    long pointsFen = 0;
    if (remainingFen > 0 && restMinutes > 0 && perks.pointsPerExtraHour() > 0) {
      int started = (restMinutes + 59) / 60;
      int hoursLeft = Math.max(0, perks.maxPointHoursPerDay() - member.pointHoursUsed());
      hours = Math.min(started, hoursLeft);
      pointsFen = hours == started ? remainingFen : remainingFen * hours * 60 / restMinutes;
    }
    return new Perks(
        stay,
        tier,
        spend,
        capLeft,
        appliedTier,
        appliedSpend,
        discount,
        discountFen,
        remainingFen,
        hours,
        hours * perks.pointsPerExtraHour(),
        pointsFen,
        holiday,
        partner,
        appliedPartner);
  }

  /** Whole minutes of a stay, a started minute counted. */
  static int stayMinutes(Instant entry, Instant exit) {
    long seconds = Duration.between(entry, exit).getSeconds();
    return (int) Math.max(0, (seconds + 59) / 60);
  }
}
