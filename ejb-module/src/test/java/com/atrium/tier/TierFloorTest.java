package com.atrium.tier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TierFloorTest {

  static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
  static final TierLadder LADDER = TierReviewTest.LADDER;

  static TierFloor floor(String tier, Instant from, Instant until) {
    return new TierFloor(1L, "PARTNER:BANK:PREMIUM", "grant:" + tier, tier, from, until, from);
  }

  @Test
  void aFloorCountsFromItsStartUntilJustBeforeItsEnd() {
    TierFloor f = floor("GOLD", NOW, NOW.plusSeconds(3600));
    assertThat(f.countsAt(NOW.minusNanos(1))).isFalse();
    assertThat(f.countsAt(NOW)).isTrue();
    assertThat(f.countsAt(NOW.plusSeconds(3600).minusNanos(1))).isTrue();
    assertThat(f.countsAt(NOW.plusSeconds(3600))).as("expired at its end").isFalse();
    assertThat(f.remove("op", NOW)).isTrue();
    assertThat(f.remove("op", NOW)).as("removed once").isFalse();
    assertThat(f.countsAt(NOW.plusSeconds(1))).isFalse();
  }

  @Test
  void theHighestFloorThatCountsWinsAndAnEndedOneCountsNoMore() {
    TierFloor silver = floor("SILVER", NOW.minusSeconds(60), NOW.plusSeconds(86_400));
    TierFloor gold = floor("GOLD", NOW.minusSeconds(60), NOW.plusSeconds(60));
    TierFloor diamondLater = floor("DIAMOND", NOW.plusSeconds(60), NOW.plusSeconds(120));
    List<TierFloor> floors = List.of(silver, gold, diamondLater);
    assertThat(TierFloor.highest(LADDER, floors, NOW)).isEqualTo("GOLD");
    assertThat(TierFloor.highest(LADDER, floors, NOW.plusSeconds(60))).isEqualTo("DIAMOND");
    assertThat(TierFloor.highest(LADDER, floors, NOW.plusSeconds(120))).isEqualTo("SILVER");
    assertThat(TierFloor.highest(LADDER, floors, NOW.plusSeconds(86_400))).isNull();
    assertThat(TierFloor.highest(LADDER, List.of(), NOW)).isNull();
  }

  @Test
  void theReviewKeepsTheMemberAtTheHighestFloorAndDropsOnceItEnds() {
    TierFloor gold = floor("GOLD", NOW.minusSeconds(60), NOW.plusSeconds(60));
    String operatorFloor = "SILVER";
    String floor = LADDER.higher(operatorFloor, TierFloor.highest(LADDER, List.of(gold), NOW));
    var held =
        TierReview.review(LADDER, "GOLD", floor, BigDecimal.ZERO, null, TierReviewTest.TODAY, 30);
    assertThat(held.tier()).isEqualTo("GOLD");
    assertThat(held.belowSince()).isNull();

    // once the right ended: only the operator's SILVER floor, after the usual grace period
    String after =
        LADDER.higher(operatorFloor, TierFloor.highest(LADDER, List.of(gold), NOW.plusSeconds(60)));
    var first =
        TierReview.review(LADDER, "GOLD", after, BigDecimal.ZERO, null, TierReviewTest.TODAY, 30);
    assertThat(first.tier()).as("grace starts").isEqualTo("GOLD");
    assertThat(first.belowSince()).isEqualTo(TierReviewTest.TODAY);
    var dropped =
        TierReview.review(
            LADDER,
            "GOLD",
            after,
            BigDecimal.ZERO,
            TierReviewTest.TODAY,
            TierReviewTest.TODAY.plusDays(30),
            30);
    assertThat(dropped.tier()).isEqualTo("SILVER");
  }
}
