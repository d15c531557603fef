package com.atrium.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prepaid blocks over two periods and the block's alert, figures worked out by hand
 * (docs/clearing.md, "Prepaid blocks").
 */
class PrepaidBlockTest {

  static final Instant NOV_1 = Instant.parse("2026-10-31T16:00:00Z");
  static final Instant DEC_1 = Instant.parse("2026-11-30T16:00:00Z");
  static final Instant JAN_1 = Instant.parse("2026-12-31T16:00:00Z");
  static final BigDecimal COST = new BigDecimal("0.0110");

  static TenantFigures prepaid(PrepaidBlock block, Instant from, Instant to, PointFigures p) {
    return TenantFigures.prepaid(
        "FP001",
        block,
        List.of(
            new RatedPoints(
                new RatePeriod(from, to, COST, new BigDecimal("0.0095"), BigDecimal.ZERO), p)));
  }

  @Test
  void aBlockBoughtInNovemberCarriesItsRestIntoDecemberWhereItsOverdraftIsBilled() {
    // November: nothing left from before; 10,000 bought on 3 Nov; 8,500 funded, 300 refunded
    long novemberOpening = BlockBalances.opening(BlockBalances.standing(0, 0, 0));
    Statement november =
        StatementArithmetic.tenantStatement(
            prepaid(
                new PrepaidBlock(novemberOpening, 10_000),
                NOV_1,
                DEC_1,
                new PointFigures(8_500, 300, 0, 0, 0)),
            BigDecimal.ZERO);
    // drawn 8,500 − 300 = 8,200; closing 10,000 − 8,200 = 1,800; all paid with the block
    assertThat(november.block()).contains(new BlockMovement(0, 10_000, 8_200, 1_800, 0));
    assertThat(november.lines())
        .extracting(StatementLine::kind, StatementLine::points, l -> l.amount().toPlainString())
        .containsExactly(
            tuple(LineKind.FUNDED_FROM_BLOCK, 8_500L, "0.00"),
            tuple(LineKind.RETURNED_TO_BLOCK, 300L, "0.00"));
    assertThat(november.net()).hasToString("0.00");

    // December opens at November's closed closing, nothing bought or drawn since: 1,800
    long decemberOpening =
        BlockBalances.opening(
            BlockBalances.standing(november.block().orElseThrow().closing(), 0, 0));
    assertThat(decemberOpening).isEqualTo(1_800);
    Statement december =
        StatementArithmetic.tenantStatement(
            prepaid(
                new PrepaidBlock(decemberOpening, 0),
                DEC_1,
                JAN_1,
                new PointFigures(2_500, 0, 0, 0, 0)),
            BigDecimal.ZERO);
    // 2,500 drawn from 1,800: 700 beyond the block, 700 × 0.0110 = 7.70 billed
    assertThat(december.block()).contains(new BlockMovement(1_800, 0, 2_500, 0, 700));
    assertThat(december.lines())
        .extracting(StatementLine::kind, StatementLine::points, l -> l.amount().toPlainString())
        .containsExactly(
            tuple(LineKind.FUNDED_FROM_BLOCK, 2_500L, "0.00"),
            tuple(LineKind.BLOCK_OVERDRAFT, 700L, "-7.70"));
    assertThat(december.net()).hasToString("-7.70");

    // January opens at 0: the overdraft was billed in December, not carried
    assertThat(
            BlockBalances.opening(
                BlockBalances.standing(december.block().orElseThrow().closing(), 0, 0)))
        .isZero();
  }

  @Test
  void withoutAClosedPeriodTheStandingRunsFromTheFirstPurchaseAndAnOverdraftOpensAtZero() {
    // December's draft while November is not closed: 10,000 bought, 8,200 drawn since
    assertThat(BlockBalances.opening(BlockBalances.standing(0, 10_000, 8_200))).isEqualTo(1_800);
    // drawn beyond what was bought: the period before bills it, the next opens at 0
    assertThat(BlockBalances.standing(1_800, 0, 2_500)).isEqualTo(-700);
    assertThat(BlockBalances.opening(-700)).isZero();
  }

  @Test
  void aPurchasePricedAtTheCostInForceCoversARunningOverdraftFirst() {
    PrepaidBlockPurchase p =
        new PrepaidBlockPurchase(
            7L,
            new BlockPurchaseDraft(5_000, "INV-1", null),
            COST,
            -700,
            BlockBalances.alertThreshold(5_000, BigDecimal.valueOf(20)),
            "finance",
            DEC_1);
    // 5,000 × 0.0110 = 55.00; 700 overdrawn so far: 4,300 left in the block
    assertThat(p.view().price()).hasToString("55.00");
    assertThat(p.view().balanceAfter()).isEqualTo(4_300);
    assertThat(p.view().alertAtOrBelow()).isEqualTo(1_000);
  }

  @Test
  void theAlertGoesOutOnceWhenTheBlockFirstReachesItsThreshold() {
    // 12.5 % of 10,001 is 1,250.125: the threshold rounds down to 1,250
    assertThat(BlockBalances.alertThreshold(10_001, new BigDecimal("12.5"))).isEqualTo(1_250);
    PrepaidBlockPurchase p =
        new PrepaidBlockPurchase(
            7L,
            new BlockPurchaseDraft(10_000, "INV-2", "Q1"),
            COST,
            0,
            BlockBalances.alertThreshold(10_000, BigDecimal.valueOf(20)),
            "finance",
            DEC_1);
    assertThat(p.view().alertAtOrBelow()).isEqualTo(2_000);
    assertThat(p.draw(5_000, DEC_1)).isFalse(); // 5,000 left
    assertThat(p.draw(2_999, DEC_1)).isFalse(); // 2,001 left
    assertThat(p.draw(1, JAN_1)).isTrue(); // 2,000 left: at the threshold
    assertThat(p.view().alertedAt()).contains(JAN_1);
    assertThat(p.draw(3_000, JAN_1)).isFalse(); // overdrawn, but alerted already
    assertThat(p.draw(1, JAN_1)).isFalse();
    // a sale that overdraws at once alerts too
    PrepaidBlockPurchase small =
        new PrepaidBlockPurchase(
            7L, new BlockPurchaseDraft(100, "INV-3", null), COST, 0, 0, "finance", DEC_1);
    assertThat(small.draw(99, DEC_1)).isFalse();
    assertThat(small.draw(250, DEC_1)).isTrue();
  }

  @Test
  void aReplayIsTheSamePointsAndNote() {
    PrepaidBlockPurchase p =
        new PrepaidBlockPurchase(
            7L, new BlockPurchaseDraft(100, "INV-4", "n"), COST, 0, 20, "finance", DEC_1);
    assertThat(p.sameAs(new BlockPurchaseDraft(100, "INV-4", "n"))).isTrue();
    assertThat(p.sameAs(new BlockPurchaseDraft(101, "INV-4", "n"))).isFalse();
    assertThat(p.sameAs(new BlockPurchaseDraft(100, "INV-4", null))).isFalse();
  }
}
