package com.atrium.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import com.atrium.tenant.TierDefinition;
import com.atrium.testing.Samples;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TierReviewTest {

  static final TierLadder LADDER =
      new TierLadder(
          List.of(
              tier("STANDARD", "0.00"),
              tier("SILVER", "5000.00"),
              tier("GOLD", "20000.00"),
              tier("DIAMOND", "60000.00")));

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  static TierDefinition tier(String code, String threshold) {
    return new TierDefinition(code, code, code, new BigDecimal(threshold), BigDecimal.ONE);
  }

  static BigDecimal cny(String s) {
    return new BigDecimal(s);
  }

  @Test
  void qualifiesAtTheThresholdNotACentBelow() {
    assertThat(LADDER.qualifiedFor(cny("0.00"))).isEqualTo("STANDARD");
    assertThat(LADDER.qualifiedFor(cny("4999.99"))).isEqualTo("STANDARD");
    assertThat(LADDER.qualifiedFor(cny("5000.00"))).isEqualTo("SILVER");
    assertThat(LADDER.qualifiedFor(cny("19999.99"))).isEqualTo("SILVER");
    assertThat(LADDER.qualifiedFor(cny("20000"))).isEqualTo("GOLD");
    assertThat(LADDER.qualifiedFor(cny("60000.00"))).isEqualTo("DIAMOND");
    assertThat(LADDER.qualifiedFor(cny("9999999.99"))).isEqualTo("DIAMOND");
  }

  @Test
  void aSaleOnlyEverMovesUp() {
    assertThat(TierReview.onSale(LADDER, "STANDARD", cny("5000.00"))).isEqualTo("SILVER");
    assertThat(TierReview.onSale(LADDER, "STANDARD", cny("60000.00"))).isEqualTo("DIAMOND");
    // a GOLD member whose spend reaches only SILVER keeps GOLD on a sale (downgrades wait for
    // review)
    assertThat(TierReview.onSale(LADDER, "GOLD", cny("6000.00"))).isEqualTo("GOLD");
  }

  @Test
  void aMemberBelowTheirTierKeepsItForTheGracePeriodThenDrops() {
    TierReview.Outcome first =
        TierReview.review(LADDER, "GOLD", null, cny("6000.00"), null, TODAY, 30);
    assertThat(first).isEqualTo(new TierReview.Outcome("GOLD", TODAY));

    TierReview.Outcome lastGraceDay =
        TierReview.review(LADDER, "GOLD", null, cny("6000.00"), TODAY, TODAY.plusDays(29), 30);
    assertThat(lastGraceDay).isEqualTo(new TierReview.Outcome("GOLD", TODAY));

    TierReview.Outcome after =
        TierReview.review(LADDER, "GOLD", null, cny("6000.00"), TODAY, TODAY.plusDays(30), 30);
    assertThat(after).isEqualTo(new TierReview.Outcome("SILVER", null));
    assertThat(after.changes("GOLD")).isTrue();
  }

  @Test
  void noGraceMeansTheFirstReviewDrops() {
    assertThat(TierReview.review(LADDER, "SILVER", null, cny("0"), null, TODAY, 0))
        .isEqualTo(new TierReview.Outcome("STANDARD", null));
  }

  @Test
  void qualifyingAgainEndsTheGracePeriod() {
    assertThat(
            TierReview.review(LADDER, "GOLD", null, cny("20000.00"), TODAY, TODAY.plusDays(10), 30))
        .isEqualTo(new TierReview.Outcome("GOLD", null));
  }

  @Test
  void theFloorIsNeverReviewedAway() {
    assertThat(TierReview.review(LADDER, "GOLD", "GOLD", cny("0"), null, TODAY, 0))
        .isEqualTo(new TierReview.Outcome("GOLD", null));
    // from DIAMOND with a GOLD floor and no spend: down to the floor, not below
    assertThat(
            TierReview.review(LADDER, "DIAMOND", "GOLD", cny("0"), TODAY, TODAY.plusDays(30), 30))
        .isEqualTo(new TierReview.Outcome("GOLD", null));
  }

  @Test
  void theReviewCatchesUpOnAMissedUpgrade() {
    assertThat(TierReview.review(LADDER, "STANDARD", null, cny("25000"), null, TODAY, 30))
        .isEqualTo(new TierReview.Outcome("GOLD", null));
  }

  @Test
  void reviewLaws() {
    String[] codes = {"STANDARD", "SILVER", "GOLD", "DIAMOND"};
    Samples.forAll(
        r ->
            new Object[] {
              codes[r.nextInt(4)],
              r.nextInt(5) == 0 ? null : codes[r.nextInt(4)],
              BigDecimal.valueOf(Samples.between(r, 0, 8_000_000), 2),
              r.nextBoolean() ? null : TODAY.minusDays(r.nextInt(60)),
              r.nextInt(45)
            },
        s -> {
          String current = (String) s[0];
          String floor = (String) s[1];
          BigDecimal spend = (BigDecimal) s[2];
          LocalDate since = (LocalDate) s[3];
          int grace = (Integer) s[4];
          TierReview.Outcome once =
              TierReview.review(LADDER, current, floor, spend, since, TODAY, grace);
          // never below the floor, never below what the spend reaches
          assertThat(LADDER.rank(once.tier()))
              .isGreaterThanOrEqualTo(
                  LADDER.rank(LADDER.higher(LADDER.qualifiedFor(spend), floor)));
          // the same day's second review changes nothing
          TierReview.Outcome twice =
              TierReview.review(LADDER, once.tier(), floor, spend, once.belowSince(), TODAY, grace);
          assertThat(twice).isEqualTo(once);
          // in grace only while above what the member is entitled to
          if (once.belowSince() != null) {
            assertThat(once.tier()).isEqualTo(current);
          }
        });
  }

  @Test
  void unknownTiersAreRefused() {
    assertThatThrownBy(() -> LADDER.require("PLATINUM"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("PLATINUM");
    assertThat(LADDER.lowest()).isEqualTo("STANDARD");
    assertThat(LADDER.highest()).isEqualTo("DIAMOND");
    assertThat(LADDER.higher("SILVER", null)).isEqualTo("SILVER");
  }

  @Test
  void aRefundUndoesOnlyAnUpgradeItsSaleBroughtAndNeverBelowTheFloorOrTheSpend() {
    // no spend upgrade since the refunded sale: a drop waits for the review
    assertThat(TierReview.afterRefund(LADDER, "GOLD", null, cny("100.00"), null)).isEqualTo("GOLD");
    // back to the tier before the upgrade
    assertThat(TierReview.afterRefund(LADDER, "GOLD", null, cny("4999.99"), "STANDARD"))
        .isEqualTo("STANDARD");
    // the remaining spend still reaches SILVER
    assertThat(TierReview.afterRefund(LADDER, "GOLD", null, cny("5000.00"), "STANDARD"))
        .isEqualTo("SILVER");
    // the member held SILVER before the upgrade
    assertThat(TierReview.afterRefund(LADDER, "DIAMOND", null, cny("0.00"), "SILVER"))
        .isEqualTo("SILVER");
    // a floor holds
    assertThat(TierReview.afterRefund(LADDER, "DIAMOND", "GOLD", cny("0.00"), "STANDARD"))
        .isEqualTo("GOLD");
    // the spend still reaches the tier: nothing changes
    assertThat(TierReview.afterRefund(LADDER, "GOLD", null, cny("20000.00"), "SILVER"))
        .isEqualTo("GOLD");
    // never up: a member the review already moved down keeps their tier
    assertThat(TierReview.afterRefund(LADDER, "SILVER", null, cny("30000.00"), "STANDARD"))
        .isEqualTo("SILVER");
  }
}
