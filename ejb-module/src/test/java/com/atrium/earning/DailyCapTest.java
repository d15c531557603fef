package com.atrium.earning;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.testing.Samples;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The daily cap of the what-if simulation is set-based: {@link WhatIfSimulator}'s statement takes,
 * over a member's day in booking order, P (the simulated sales' points before the daily cap so far)
 * and A (the member's other sales' credited points so far), and grants G = max(0, running max of
 * min(P, cap − A)) so far; a simulated sale keeps G_i − G_i−1. This is the law that makes that
 * formula what {@link SaleBook} does sale by sale: each sale capped by {@link RuleEvaluator}
 * against the points booked for the member that day before it, the other sales' included.
 */
class DailyCapTest {

  static final Instant T = Instant.parse("2026-11-11T04:00:00Z");

  /** One sale of a member's day: simulated (its points before the daily cap) or another one. */
  record Booked(boolean simulated, long points) {}

  record Day(long cap, List<Booked> sales) {}

  /** The points each simulated sale keeps, as the statement computes them. */
  static List<Long> asTheStatement(Day day) {
    List<Long> kept = new ArrayList<>();
    long simulatedSoFar = 0;
    long othersSoFar = 0;
    long granted = 0; // max(0, running max of room), over the sales before this one
    for (Booked b : day.sales()) {
      if (b.simulated()) {
        simulatedSoFar += b.points();
      } else {
        othersSoFar += b.points();
      }
      long room = Math.min(simulatedSoFar, day.cap() - othersSoFar);
      long next = Math.max(granted, room);
      if (b.simulated()) {
        kept.add(next - granted);
      }
      granted = next;
    }
    return kept;
  }

  /** The points each simulated sale keeps when booked in turn, as SaleBook books them. */
  static List<Long> asBooked(Day day) {
    EarningRuleSet rules =
        new EarningRuleSet(
            BigDecimal.ONE,
            BigDecimal.ZERO,
            null,
            day.cap(),
            Map.of(),
            Map.of(),
            Map.of(),
            BigDecimal.ONE,
            Set.of(),
            List.of());
    List<Long> kept = new ArrayList<>();
    long earlier = 0;
    for (Booked b : day.sales()) {
      if (!b.simulated()) {
        earlier += b.points();
        continue;
      }
      var facts =
          new SaleFacts(
              BigDecimal.valueOf(b.points()),
              T,
              "FB001",
              "FOOD_BEVERAGE",
              "STANDARD",
              false,
              earlier);
      long points = RuleEvaluator.evaluate(rules, 1, facts).points();
      kept.add(points);
      earlier += points;
    }
    return kept;
  }

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  /**
   * The points each of a member's sales earns when booked in turn in a mall of {@code zone}, 80
   * points each under a daily cap of 100: as SaleBook, each capped against the points credited for
   * the earlier sales that fall in its mall's day.
   */
  static List<Long> bookedInAMallOf(ZoneId zone, Instant... sales) {
    EarningRuleSet rules =
        new EarningRuleSet(
            BigDecimal.ONE,
            BigDecimal.ZERO,
            null,
            100L,
            Map.of(),
            Map.of(),
            Map.of(),
            BigDecimal.ONE,
            Set.of(),
            List.of());
    List<Long> kept = new ArrayList<>();
    for (int i = 0; i < sales.length; i++) {
      MallDay day = MallDay.of(sales[i], zone);
      long earlier = 0;
      for (int j = 0; j < i; j++) {
        if (!sales[j].isBefore(day.from()) && sales[j].isBefore(day.to())) {
          earlier += kept.get(j);
        }
      }
      var facts =
          new SaleFacts(
              BigDecimal.valueOf(80),
              sales[i],
              "FB001",
              "FOOD_BEVERAGE",
              "STANDARD",
              false,
              earlier);
      kept.add(RuleEvaluator.evaluate(rules, 1, facts).points());
    }
    return kept;
  }

  @Test
  void aSaleAtHalfPastElevenUtcIsOnTheNextDayInShanghaiAndOnTheSameDayInLondon() {
    Instant sale = Instant.parse("2026-12-01T23:30:00Z");
    assertThat(MallDay.of(sale, SHANGHAI))
        .isEqualTo(
            new MallDay(
                LocalDate.parse("2026-12-02"),
                Instant.parse("2026-12-01T16:00:00Z"),
                Instant.parse("2026-12-02T16:00:00Z")));
    assertThat(MallDay.of(sale, LONDON))
        .isEqualTo(
            new MallDay(
                LocalDate.parse("2026-12-01"),
                Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2026-12-02T00:00:00Z")));
    // summer time: London's day starts at 23:00 UTC the day before
    assertThat(MallDay.of(Instant.parse("2026-07-01T23:30:00Z"), LONDON))
        .isEqualTo(
            new MallDay(
                LocalDate.parse("2026-07-02"),
                Instant.parse("2026-07-01T23:00:00Z"),
                Instant.parse("2026-07-02T23:00:00Z")));
  }

  @Test
  void theDailyCapCountsTheDayOfTheMallWhereTheSaleIsMade() {
    // 23:30 and 00:30 UTC: one Shanghai day (07:30, 08:30), two London days
    Instant late = Instant.parse("2026-12-01T23:30:00Z");
    Instant early = Instant.parse("2026-12-02T00:30:00Z");
    assertThat(bookedInAMallOf(SHANGHAI, late, early)).containsExactly(80L, 20L);
    assertThat(bookedInAMallOf(LONDON, late, early)).containsExactly(80L, 80L);
    // 15:30 and 16:30 UTC: two Shanghai days (23:30, 00:30), one London day
    Instant beforeShanghaiMidnight = Instant.parse("2026-12-01T15:30:00Z");
    Instant afterShanghaiMidnight = Instant.parse("2026-12-01T16:30:00Z");
    assertThat(bookedInAMallOf(SHANGHAI, beforeShanghaiMidnight, afterShanghaiMidnight))
        .containsExactly(80L, 80L);
    assertThat(bookedInAMallOf(LONDON, beforeShanghaiMidnight, afterShanghaiMidnight))
        .containsExactly(80L, 20L);
  }

  @Test
  void anotherMallsSalesAndALatePostCountInTheOrderTheyWereBooked() {
    // EarningRulesIT's day: B 60, A 30, A 50 (posted late), B 25, A 15 under a cap of 100 in A
    Day day =
        new Day(
            100,
            List.of(
                new Booked(false, 60),
                new Booked(true, 30),
                new Booked(true, 50),
                new Booked(false, 25),
                new Booked(true, 15)));
    assertThat(asBooked(day)).containsExactly(30L, 10L, 0L);
    assertThat(asTheStatement(day)).containsExactly(30L, 10L, 0L);
    // a draft capping at 80: B's 60 leave 20
    Day draft = new Day(80, day.sales());
    assertThat(asTheStatement(draft)).containsExactly(20L, 0L, 0L).isEqualTo(asBooked(draft));
  }

  @Test
  void withoutOtherSalesItIsTheGreedyCapOfTheRunningSum() {
    Samples.forAll(
        r -> {
          List<Booked> sales = new ArrayList<>();
          for (int i = 0, n = 1 + r.nextInt(10); i < n; i++) {
            sales.add(new Booked(true, Samples.between(r, 1, 300)));
          }
          return new Day(Samples.between(r, 0, 1_000), sales);
        },
        day -> {
          List<Long> greedy = new ArrayList<>();
          long sum = 0;
          for (Booked b : day.sales()) {
            greedy.add(Math.min(day.cap(), sum + b.points()) - Math.min(day.cap(), sum));
            sum += b.points();
          }
          assertThat(asTheStatement(day)).isEqualTo(greedy);
        });
  }

  @Test
  void theStatementKeepsWhatSaleBookWouldHaveCreditedForAnyDay() {
    Samples.forAll(
        10_000,
        r -> {
          List<Booked> sales = new ArrayList<>();
          for (int i = 0, n = 1 + r.nextInt(12); i < n; i++) {
            boolean simulated = r.nextInt(3) > 0;
            sales.add(new Booked(simulated, Samples.between(r, simulated ? 1 : 0, 300)));
          }
          return new Day(Samples.between(r, 0, 800), sales);
        },
        day -> assertThat(asTheStatement(day)).isEqualTo(asBooked(day)));
  }
}
