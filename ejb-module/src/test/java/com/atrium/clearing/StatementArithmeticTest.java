package com.atrium.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.atrium.platform.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The statement arithmetic with figures worked out by hand (docs/clearing.md). */
class StatementArithmeticTest {

  static final Instant NOV_1 = Instant.parse("2026-10-31T16:00:00Z");
  static final Instant NOV_16 = Instant.parse("2026-11-15T16:00:00Z");
  static final Instant NOV_24 = Instant.parse("2026-11-23T16:00:00Z");
  static final Instant DEC_1 = Instant.parse("2026-11-30T16:00:00Z");
  static final BigDecimal NO_SHARE = BigDecimal.ZERO;

  static RatePeriod rates(Instant from, Instant to, String cost, String reimbursement, String fee) {
    return new RatePeriod(
        from, to, new BigDecimal(cost), new BigDecimal(reimbursement), new BigDecimal(fee));
  }

  static RatedPoints month(PointFigures points) {
    return new RatedPoints(rates(NOV_1, DEC_1, "0.0110", "0.0095", "0"), points);
  }

  static List<Object> amounts(Statement s) {
    return s.lines().stream().map(l -> (Object) l.amount().toPlainString()).toList();
  }

  @Test
  void aLineIsRoundedHalfUpOnceFromItsExactProduct() {
    assertThat(StatementArithmetic.amount(1, new BigDecimal("0.0095"))).hasToString("0.01");
    assertThat(StatementArithmetic.amount(1, new BigDecimal("0.0045"))).hasToString("0.00");
    assertThat(StatementArithmetic.amount(5, new BigDecimal("0.0011"))).hasToString("0.01");
    assertThat(StatementArithmetic.amount(3345, new BigDecimal("0.0110"))).hasToString("36.80");
    assertThat(StatementArithmetic.amount(500, new BigDecimal("0.0100"), new BigDecimal("1.50")))
        .hasToString("0.08");
    assertThat(StatementArithmetic.amount(-5, new BigDecimal("0.0011"))).hasToString("-0.01");

    // three sales of 1 point at 0.0045 are one line of 3 points: 0.0135 → 0.01, where rounding
    // each sale first would have given 0.00
    Statement s =
        StatementArithmetic.tenantStatement(
            TenantFigures.postpaid(
                "T",
                List.of(
                    new RatedPoints(
                        rates(NOV_1, DEC_1, "0.0045", "0.0045", "0"),
                        new PointFigures(3, 0, 0, 0, 0)))),
            NO_SHARE);
    assertThat(amounts(s)).containsExactly("-0.01");
    assertThat(s.net()).hasToString("-0.01");
  }

  @Test
  void aRefundReversesTheChargeProRataToThePointsItTakesBack() {
    Statement whole =
        StatementArithmetic.tenantStatement(
            TenantFigures.postpaid("T", List.of(month(new PointFigures(1000, 300, 0, 0, 0)))),
            NO_SHARE);
    assertThat(whole.lines())
        .extracting(StatementLine::kind, StatementLine::points, l -> l.amount().toPlainString())
        .containsExactly(
            tuple(LineKind.ISSUANCE_CHARGE, 1000L, "-11.00"),
            tuple(LineKind.ISSUANCE_REVERSED, 300L, "3.30"));
    assertThat(whole.net()).hasToString("-7.70");

    // 1,001 × 0.0110 = 11.011 → 11.01; a third taken back, 333 × 0.0110 = 3.663 → 3.66
    Statement odd =
        StatementArithmetic.tenantStatement(
            TenantFigures.postpaid("T", List.of(month(new PointFigures(1001, 333, 0, 0, 0)))),
            NO_SHARE);
    assertThat(amounts(odd)).containsExactly("-11.01", "3.66");
    assertThat(odd.net()).hasToString("-7.35");
  }

  @Test
  void aRateChangeMidPeriodPricesEachLineAtTheRateInForceWhenItsEntriesWereBooked() {
    Statement s =
        StatementArithmetic.tenantStatement(
            TenantFigures.postpaid(
                "T",
                List.of(
                    new RatedPoints(
                        rates(NOV_1, NOV_16, "0.0110", "0.0095", "0"),
                        new PointFigures(1000, 0, 0, 0, 0)),
                    new RatedPoints(
                        rates(NOV_16, DEC_1, "0.0120", "0.0100", "0"),
                        new PointFigures(0, 100, 500, 0, 0)))),
            NO_SHARE);
    assertThat(s.lines())
        .extracting(
            StatementLine::kind,
            StatementLine::from,
            StatementLine::points,
            l -> l.rate().toPlainString(),
            l -> l.amount().toPlainString())
        .containsExactly(
            tuple(LineKind.ISSUANCE_CHARGE, NOV_1, 1000L, "0.0110", "-11.00"),
            // the refund booked after the change reverses at the new cost
            tuple(LineKind.ISSUANCE_REVERSED, NOV_16, 100L, "0.0120", "1.20"),
            tuple(LineKind.REIMBURSEMENT, NOV_16, 500L, "0.0100", "5.00"));
    assertThat(s.net()).hasToString("-4.80");
  }

  @Test
  void aPrepaidBlockCoversWhatItCanAndTheLastPointsFundedAreTheOverdraft() {
    Statement s =
        StatementArithmetic.tenantStatement(
            TenantFigures.prepaid(
                "T",
                new PrepaidBlock(1000, 500),
                List.of(
                    new RatedPoints(
                        rates(NOV_1, NOV_16, "0.0110", "0.0095", "0"),
                        new PointFigures(1700, 0, 0, 0, 0)),
                    new RatedPoints(
                        rates(NOV_16, NOV_24, "0.0120", "0.0100", "0"),
                        new PointFigures(0, 100, 0, 0, 0)),
                    new RatedPoints(
                        rates(NOV_24, DEC_1, "0.0125", "0.0100", "0"),
                        new PointFigures(300, 0, 0, 0, 0)))),
            NO_SHARE);
    // drawn 1,700 − 100 + 300 = 1,900 of 1,500: 400 beyond, the last 300 at 0.0125 (3.75) and
    // 100 of the first period's at 0.0110 (1.10); the period that gave points back takes none
    assertThat(s.lines())
        .extracting(StatementLine::kind, StatementLine::points, l -> l.amount().toPlainString())
        .containsExactly(
            tuple(LineKind.FUNDED_FROM_BLOCK, 1700L, "0.00"),
            tuple(LineKind.BLOCK_OVERDRAFT, 100L, "-1.10"),
            tuple(LineKind.RETURNED_TO_BLOCK, 100L, "0.00"),
            tuple(LineKind.FUNDED_FROM_BLOCK, 300L, "0.00"),
            tuple(LineKind.BLOCK_OVERDRAFT, 300L, "-3.75"));
    assertThat(s.net()).hasToString("-4.85");
    assertThat(s.block()).contains(new BlockMovement(1000, 500, 1900, 0, 400));
  }

  @Test
  void aPrepaidBlockThatCoversEveryPointBillsNothingAndKeepsTheRest() {
    Statement s =
        StatementArithmetic.tenantStatement(
            TenantFigures.prepaid(
                "T", new PrepaidBlock(1000, 0), List.of(month(new PointFigures(600, 50, 0, 0, 0)))),
            NO_SHARE);
    assertThat(amounts(s)).containsExactly("0.00", "0.00");
    assertThat(s.net()).hasToString("0.00");
    assertThat(s.block()).contains(new BlockMovement(1000, 0, 550, 450, 0));
  }

  @Test
  void theBreakageShareIsThePercentageOfTheExpiredPointsCost() {
    PointFigures expired = new PointFigures(0, 0, 0, 0, 1234);
    // 1,234 × 0.0110 × 50 % = 6.787 → 6.79; × 12.5 % = 1.69675 → 1.70
    assertThat(
            StatementArithmetic.tenantStatement(
                    TenantFigures.postpaid("T", List.of(month(expired))), new BigDecimal("50"))
                .lines())
        .extracting(StatementLine::kind, StatementLine::points, l -> l.amount().toPlainString())
        .containsExactly(tuple(LineKind.BREAKAGE_SHARE, 1234L, "6.79"));
    assertThat(
            StatementArithmetic.tenantStatement(
                    TenantFigures.postpaid("T", List.of(month(expired))), new BigDecimal("12.5"))
                .net())
        .hasToString("1.70");
    // by default the operator keeps the breakage: no line
    assertThat(
            StatementArithmetic.tenantStatement(
                    TenantFigures.postpaid("T", List.of(month(expired))), NO_SHARE)
                .lines())
        .isEmpty();
  }

  @Test
  void theFeeIsOnTheNetReimbursementAndIsGivenBackWhenCancellationsExceedIt() {
    Statement s =
        StatementArithmetic.tenantStatement(
            TenantFigures.postpaid(
                "T",
                List.of(
                    new RatedPoints(
                        rates(NOV_1, DEC_1, "0.0110", "0.0100", "2"),
                        new PointFigures(0, 0, 100, 300, 0)))),
            NO_SHARE);
    // −200 × 0.0100 × 2 % = −0.04: a fee of −0.04 is 0.04 back to the tenant
    assertThat(s.lines())
        .extracting(StatementLine::kind, StatementLine::points, l -> l.amount().toPlainString())
        .containsExactly(
            tuple(LineKind.REIMBURSEMENT, 100L, "1.00"),
            tuple(LineKind.REIMBURSEMENT_REVERSED, 300L, "-3.00"),
            tuple(LineKind.CLEARING_FEE, -200L, "0.04"));
    assertThat(s.net()).hasToString("-1.96");
  }

  @Test
  void aCampaignTheTenantFundsIsChargedAtItsCostOnLinesOfItsOwnEachRoundedOnce() {
    Instant oct3 = Instant.parse("2026-10-03T02:00:00Z");
    LateReversal lateR3 =
        new LateReversal(
            LateReversal.Of.CAMPAIGN,
            new Adjustment(Adjustment.Source.ENTRY, 77, "Sale R-3", oct3),
            100,
            new LineTrace(1, 900, 900));
    Statement s =
        StatementArithmetic.tenantStatement(
            TenantFigures.postpaid(
                "FA001",
                List.of(
                    new RatedPoints(
                        rates(NOV_1, DEC_1, "0.0110", "0.0095", "0"),
                        new PointFigures(1205, 0, 0, 0, 0, 1205, 333),
                        FigureTraces.NONE,
                        List.of(lateR3)))),
            NO_SHARE);
    // 1,205 × 0.0110 = 13.255 → 13.26 on each line (one line of 2,410 would be 26.51); of the 333
    // campaign points refunds took back, 100 reverse October's sale R-3: 233 × 0.0110 = 2.563 →
    // 2.56 on time, 100 × 0.0110 = 1.10 on an adjustment line naming R-3
    assertThat(s.lines())
        .extracting(
            StatementLine::kind,
            StatementLine::points,
            l -> l.amount().toPlainString(),
            l -> l.adjusts() == null ? null : l.adjusts().reference())
        .containsExactly(
            tuple(LineKind.ISSUANCE_CHARGE, 1205L, "-13.26", null),
            tuple(LineKind.CAMPAIGN_CHARGE, 1205L, "-13.26", null),
            tuple(LineKind.CAMPAIGN_REVERSED, 233L, "2.56", null),
            tuple(LineKind.LATE_CAMPAIGN_REVERSED, 100L, "1.10", "Sale R-3"));
    assertThat(s.net()).hasToString("-22.86");

    Statement operator =
        StatementArithmetic.operatorStatement("OPERATOR", NOV_1, DEC_1, List.of(s));
    assertThat(operator.lines())
        .extracting(StatementLine::kind, StatementLine::points, l -> l.amount().toPlainString())
        .containsExactly(
            tuple(LineKind.ISSUANCE_CHARGE, 1205L, "13.26"),
            tuple(LineKind.CAMPAIGN_CHARGE, 1205L, "13.26"),
            tuple(LineKind.CAMPAIGN_REVERSED, 233L, "-2.56"),
            tuple(LineKind.LATE_CAMPAIGN_REVERSED, 100L, "-1.10"));
    assertThat(operator.net().add(s.net())).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void aPrepaidTenantsCampaignPointsDrawItsBlockAndTheOverdraftBillsThem() {
    Statement s =
        StatementArithmetic.tenantStatement(
            TenantFigures.prepaid(
                "FB002",
                new PrepaidBlock(1000, 0),
                List.of(month(new PointFigures(600, 0, 640, 0, 0, 700, 100)))),
            NO_SHARE);
    // drawn 600 + 700 − 100 = 1,200 of 1,000: 200 beyond at 0.0110 = 2.20; 640 × 0.0095 = 6.08
    assertThat(s.lines())
        .extracting(StatementLine::kind, StatementLine::points, l -> l.amount().toPlainString())
        .containsExactly(
            tuple(LineKind.FUNDED_FROM_BLOCK, 600L, "0.00"),
            tuple(LineKind.BLOCK_OVERDRAFT, 200L, "-2.20"),
            tuple(LineKind.CAMPAIGN_FROM_BLOCK, 700L, "0.00"),
            tuple(LineKind.CAMPAIGN_RETURNED_TO_BLOCK, 100L, "0.00"),
            tuple(LineKind.REIMBURSEMENT, 640L, "6.08"));
    assertThat(s.block()).contains(new BlockMovement(1000, 0, 1200, 0, 200));
    assertThat(s.net()).hasToString("3.88");
  }

  @Test
  void lateCampaignReversalsArePartOfThePeriodsCampaignReversals() {
    LateReversal late =
        new LateReversal(
            LateReversal.Of.CAMPAIGN,
            new Adjustment(Adjustment.Source.ENTRY, 1, "Sale R-1", NOV_1.minusSeconds(60)),
            60,
            new LineTrace(1, 5, 5));
    assertThatThrownBy(
            () ->
                new RatedPoints(
                    rates(NOV_1, DEC_1, "0.0110", "0.0095", "0"),
                    new PointFigures(0, 60, 0, 0, 0, 100, 50),
                    FigureTraces.NONE,
                    List.of(late)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PointFigures(0, 0, 0, 0, 0, -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theOperatorsLinesAbsorbTheRoundingSoEveryRunNetsToZero() {
    Random random = new Random(20261202);
    for (int run = 0; run < 500; run++) {
      List<Statement> tenants = new ArrayList<>();
      int count = 1 + random.nextInt(6);
      for (int t = 0; t < count; t++) {
        List<RatedPoints> periods = new ArrayList<>();
        Instant from = NOV_1;
        int stretches = 1 + random.nextInt(3);
        for (int p = 0; p < stretches; p++) {
          Instant to = p == stretches - 1 ? DEC_1 : from.plusSeconds(86_400L * (1 + p));
          periods.add(
              new RatedPoints(
                  new RatePeriod(
                      from,
                      to,
                      BigDecimal.valueOf(random.nextInt(200), 4),
                      BigDecimal.valueOf(random.nextInt(200), 4),
                      BigDecimal.valueOf(random.nextInt(500), 2)),
                  new PointFigures(
                      random.nextInt(100_000),
                      random.nextInt(1_000),
                      random.nextInt(100_000),
                      random.nextInt(1_000),
                      random.nextInt(5_000),
                      random.nextInt(50_000),
                      random.nextInt(500))));
          from = to;
        }
        TenantFigures f =
            random.nextBoolean()
                ? TenantFigures.postpaid("T" + t, periods)
                : TenantFigures.prepaid(
                    "T" + t,
                    new PrepaidBlock(random.nextInt(200_000), random.nextInt(50_000)),
                    periods);
        Statement s =
            StatementArithmetic.tenantStatement(f, BigDecimal.valueOf(random.nextInt(10_001), 2));
        assertThat(s.net())
            .isEqualTo(
                s.lines().stream()
                    .map(StatementLine::amount)
                    .reduce(BigDecimal::add)
                    .orElse(new BigDecimal("0.00")));
        s.block()
            .ifPresent(
                b -> {
                  long billed =
                      s.lines().stream()
                          .filter(l -> l.kind() == LineKind.BLOCK_OVERDRAFT)
                          .mapToLong(StatementLine::points)
                          .sum();
                  assertThat(billed).isEqualTo(b.overdraft());
                  assertThat(b.opening() + b.purchased() - b.drawn() + b.overdraft())
                      .isEqualTo(b.closing());
                });
        tenants.add(s);
      }
      Statement operator = StatementArithmetic.operatorStatement("OPERATOR", NOV_1, DEC_1, tenants);
      BigDecimal total = operator.net();
      for (Statement s : tenants) {
        total = total.add(s.net());
      }
      assertThat(total).isEqualTo(new BigDecimal("0.00"));
      assertThat(operator.lines().stream().mapToLong(StatementLine::points).sum())
          .isEqualTo(
              tenants.stream()
                  .flatMap(s -> s.lines().stream())
                  .mapToLong(StatementLine::points)
                  .sum());
    }
  }

  @Test
  void ratesOutsideTheirBoundsAreRefusedWithTheirCodes() {
    assertThatThrownBy(() -> rates(NOV_1, DEC_1, "0.01105", "0.0095", "0"))
        .isInstanceOf(DomainException.class)
        .hasFieldOrPropertyWithValue("code", "COST_PER_POINT_INVALID");
    assertThatThrownBy(() -> rates(NOV_1, DEC_1, "0.0110", "-0.0001", "0"))
        .hasFieldOrPropertyWithValue("code", "REIMBURSEMENT_PER_POINT_INVALID");
    assertThatThrownBy(() -> rates(NOV_1, DEC_1, "0.0110", "0.0095", "100.01"))
        .hasFieldOrPropertyWithValue("code", "CLEARING_FEE_INVALID");
    assertThatThrownBy(
            () ->
                StatementArithmetic.tenantStatement(
                    TenantFigures.postpaid("T", List.of(month(PointFigures.NONE))),
                    new BigDecimal("-1")))
        .hasFieldOrPropertyWithValue("code", "BREAKAGE_SHARE_INVALID");
  }
}
