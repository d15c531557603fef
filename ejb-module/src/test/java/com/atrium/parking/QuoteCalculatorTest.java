package com.atrium.parking;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.tenant.ParkingPerks;
import com.atrium.tenant.ParkingPerks.SpendBonus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuoteCalculatorTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);
  static final LocalDate SATURDAY = LocalDate.of(2026, 12, 5);
  static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 10, 1); // a Thursday
  static final LocalDate MAKE_UP_SATURDAY = LocalDate.of(2026, 10, 10);

  static ParkingTerms terms() {
    Map<String, Integer> free = new LinkedHashMap<>();
    free.put("STANDARD", 60);
    free.put("GOLD", 180);
    ParkingPerks perks =
        new ParkingPerks(
            free,
            List.of(bonus("200.00", 60), bonus("500.00", 120), bonus("1000.00", 240)),
            500,
            4);
    ParkingPerks holiday =
        new ParkingPerks(free, List.of(bonus("300.00", 60), bonus("800.00", 180)), 500, 4);
    return new ParkingTerms(
        1L,
        "XH",
        SHANGHAI,
        perks,
        holiday,
        Set.of(NATIONAL_DAY),
        Set.of(MAKE_UP_SATURDAY),
        4,
        15,
        new BigDecimal("10.00"),
        ParkingTerms.SpendCost.TENANTS);
  }

  static SpendBonus bonus(String cny, int minutes) {
    return new SpendBonus(new BigDecimal(cny), minutes);
  }

  static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(SHANGHAI).toInstant();
  }

  static QuoteCalculator.Perks quote(
      LocalDate day, int minutes, long feeFen, QuoteCalculator.Day member) {
    Instant entry = at(day, 10, 0);
    return QuoteCalculator.quote(
        terms(), entry, entry.plusSeconds(minutes * 60L), feeFen, day, member);
  }

  static QuoteCalculator.Day gold(String spend) {
    return new QuoteCalculator.Day("GOLD", new BigDecimal(spend), false, 0, 0, 10_000, 0);
  }

  @Test
  void tierAndSpendMinutesWithinTheCarsDailyCapTheRestOfferedForPoints() {
    QuoteCalculator.Perks p = quote(THURSDAY, 300, 2500, gold("520.00"));

    assertThat(p.stayMinutes()).isEqualTo(300);
    assertThat(p.tierMinutes()).isEqualTo(180);
    assertThat(p.spendMinutes()).isEqualTo(120);
    assertThat(p.capMinutesLeft()).isEqualTo(240);
    assertThat(p.discountMinutes()).as("4 free hours per car per day").isEqualTo(240);
    assertThat(p.appliedTierMinutes()).isEqualTo(180);
    assertThat(p.appliedSpendMinutes()).as("tier minutes first, the cap cuts spend").isEqualTo(60);
    assertThat(p.discountFen()).as("2500 x 240 / 300").isEqualTo(2000);
    assertThat(p.remainingFen()).isEqualTo(500);
    assertThat(p.pointHours()).isEqualTo(1);
    assertThat(p.points()).isEqualTo(500);
    assertThat(p.pointsFen()).isEqualTo(500);
    assertThat(p.holiday()).isFalse();
  }

  @Test
  void holidaysWeekendsAndMakeUpWorkdaysPickTheThresholds() {
    assertThat(quote(THURSDAY, 600, 6000, gold("250.00")).spendMinutes()).isEqualTo(60);
    assertThat(quote(NATIONAL_DAY, 600, 6000, gold("250.00")).spendMinutes())
        .as("holiday threshold 300.00 not reached")
        .isZero();
    assertThat(quote(SATURDAY, 600, 6000, gold("850.00")).spendMinutes()).isEqualTo(180);
    assertThat(quote(SATURDAY, 600, 6000, gold("850.00")).holiday()).isTrue();
    assertThat(quote(MAKE_UP_SATURDAY, 600, 6000, gold("850.00")).spendMinutes())
        .as("a make-up workday uses the workday thresholds")
        .isEqualTo(120);
    assertThat(quote(MAKE_UP_SATURDAY, 600, 6000, gold("850.00")).holiday()).isFalse();
  }

  @Test
  void theCarsEarlierFreeMinutesAndTheDaysSpendGrantCountAgainstTheCaps() {
    var secondExit = new QuoteCalculator.Day("GOLD", new BigDecimal("520.00"), true, 200, 0, 0, 0);
    QuoteCalculator.Perks p = quote(THURSDAY, 120, 1000, secondExit);

    assertThat(p.spendMinutes()).as("one spend grant per member per day").isZero();
    assertThat(p.capMinutesLeft()).isEqualTo(40);
    assertThat(p.discountMinutes()).isEqualTo(40);
    assertThat(p.appliedTierMinutes()).isEqualTo(40);
    assertThat(p.discountFen()).as("1000 x 40 / 120, rounded down").isEqualTo(333);
    assertThat(p.remainingFen()).isEqualTo(667);
    assertThat(p.pointHours()).as("80 minutes left: 2 started hours").isEqualTo(2);
    assertThat(p.points()).isEqualTo(1000);
    assertThat(p.pointsFen()).isEqualTo(667);
  }

  @Test
  void pointHoursAreStartedHoursWithinTheDailyCap() {
    var standard = new QuoteCalculator.Day("STANDARD", BigDecimal.ZERO, false, 0, 3, 0, 0);
    QuoteCalculator.Perks p = quote(THURSDAY, 181, 1810, standard);

    assertThat(p.discountMinutes()).isEqualTo(60);
    assertThat(p.discountFen()).isEqualTo(600);
    assertThat(p.remainingFen()).isEqualTo(1210);
    assertThat(p.pointHours())
        .as("121 minutes are 3 started hours, 1 hour left today")
        .isEqualTo(1);
    assertThat(p.points()).isEqualTo(500);
    assertThat(p.pointsFen()).as("1210 x 60 / 121").isEqualTo(600);
  }

  @Test
  void aWhollyFreeStayIsTheWholeFeeAndAStartedMinuteCounts() {
    var standard = new QuoteCalculator.Day("STANDARD", BigDecimal.ZERO, false, 0, 0, 0, 0);
    Instant entry = at(THURSDAY, 10, 0);
    QuoteCalculator.Perks p =
        QuoteCalculator.quote(
            terms(), entry, entry.plusSeconds(59 * 60 + 1), 999, THURSDAY, standard);

    assertThat(p.stayMinutes()).isEqualTo(60);
    assertThat(p.discountMinutes()).isEqualTo(60);
    assertThat(p.discountFen()).isEqualTo(999);
    assertThat(p.remainingFen()).isZero();
    assertThat(p.points()).isZero();
  }

  @Test
  void aPlateOfNoMemberGetsAQuoteOfZero() {
    QuoteCalculator.Perks p = quote(THURSDAY, 300, 2500, null);
    assertThat(p.discountMinutes()).isZero();
    assertThat(p.discountFen()).isZero();
    assertThat(p.remainingFen()).isEqualTo(2500);
    assertThat(p.points()).isZero();
  }

  @Test
  void partnerMinutesComeAfterTheTierMinutesAndBeforeSpendWithinTheCap() {
    // GOLD 180 + partner 120 + spend 120 (500.00) = 420, the car's cap 240
    var day = new QuoteCalculator.Day("GOLD", new BigDecimal("500.00"), false, 0, 0, 0, 120);
    QuoteCalculator.Perks p = quote(THURSDAY, 480, 4800, day);
    assertThat(p.partnerMinutes()).isEqualTo(120);
    assertThat(p.discountMinutes()).isEqualTo(240);
    assertThat(p.appliedTierMinutes()).isEqualTo(180);
    assertThat(p.appliedPartnerMinutes())
        .as("the cap cuts spend first, then the partner's")
        .isEqualTo(60);
    assertThat(p.appliedSpendMinutes()).isZero();
    assertThat(p.discountFen()).isEqualTo(2400); // 4800 x 240 / 480

    // a short stay takes the partner's minutes after the tier's
    var standard = new QuoteCalculator.Day("STANDARD", BigDecimal.ZERO, false, 0, 0, 0, 120);
    QuoteCalculator.Perks shortStay = quote(THURSDAY, 100, 1000, standard);
    assertThat(shortStay.appliedTierMinutes()).isEqualTo(60);
    assertThat(shortStay.appliedPartnerMinutes()).isEqualTo(40);
    assertThat(shortStay.discountFen()).isEqualTo(1000);

    // no partner minutes left today: nothing from the partner
    var usedUp = new QuoteCalculator.Day("STANDARD", BigDecimal.ZERO, false, 0, 0, 0, 0);
    assertThat(quote(THURSDAY, 100, 1000, usedUp).appliedPartnerMinutes()).isZero();
  }

  @Test
  void partnerMinutesAreSplitBetweenPartnersInOrderUpToWhatEachLeft() {
    Map<String, Integer> left = new LinkedHashMap<>();
    left.put("AIR", 30);
    left.put("BANK", 120);
    assertThat(CostSplit.partnerMinutes(100, left))
        .containsExactly(Map.entry("AIR", 30), Map.entry("BANK", 70));
    assertThat(CostSplit.partnerMinutes(20, left)).containsExactly(Map.entry("AIR", 20));
    assertThat(CostSplit.partnerMinutes(0, left)).isEmpty();
    assertThat(CostSplit.cost(70, new BigDecimal("10.00"))).isEqualByComparingTo("11.67");
  }
}
