package com.atrium.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.report.LiabilityArithmetic.Fate;
import com.atrium.report.LiabilityReport.Cost;
import com.atrium.report.LiabilityReport.CostBasis;
import com.atrium.report.LiabilityReport.ExpiredRow;
import com.atrium.report.LiabilityReport.Issuer;
import com.atrium.report.LiabilityReport.IssuerKind;
import com.atrium.report.LiabilityReport.IssuerTotal;
import com.atrium.report.LiabilityReport.MonthTotal;
import com.atrium.report.LiabilityReport.OutstandingPoints;
import com.atrium.report.LiabilityReport.SettledMonth;
import com.atrium.report.LiabilityReport.Valued;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/clearing.md, "Liability and breakage report", figure for figure, and
 * the edges of the rates.
 */
class LiabilityArithmeticTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Issuer FB001 = new Issuer(IssuerKind.TENANT, "FB001", "Starbucks");
  static final Issuer FA001 = new Issuer(IssuerKind.TENANT, "FA001", "UNIQLO");
  static final Issuer OPERATOR = new Issuer(IssuerKind.OPERATOR, "OPERATOR", "Star Harbour");

  /** 15 December 2026, 10:00 in the mall's zone: the window is December 2025 to December 2026. */
  static final Instant AS_OF = Instant.parse("2026-12-15T02:00:00Z");

  static LiabilityReport example() {
    Map<Issuer, Cost> costs =
        Map.of(
            FB001, new Cost(new BigDecimal("0.0110"), CostBasis.TERMS),
            FA001, new Cost(new BigDecimal("0.0120"), CostBasis.TERMS));
    return LiabilityArithmetic.compose(
        "XH",
        ZONE,
        AS_OF,
        new BigDecimal("0.01"),
        YearMonth.of(2025, 12),
        List.of(
            new OutstandingPoints(OPERATOR, YearMonth.of(2028, 1), 500, 2),
            new OutstandingPoints(FB001, YearMonth.of(2028, 1), 5005, 7),
            new OutstandingPoints(FA001, YearMonth.of(2028, 1), 2345, 3),
            new OutstandingPoints(FB001, YearMonth.of(2027, 1), 1234, 4)),
        issuer -> Optional.ofNullable(costs.get(issuer)),
        List.of(
            new Fate(FB001, YearMonth.of(2026, 1), 1500, 600),
            new Fate(FA001, YearMonth.of(2026, 6), 800, 0),
            new Fate(OPERATOR, YearMonth.of(2026, 12), 0, 100)));
  }

  @Test
  void theWorkedExampleOfTheDocs() {
    LiabilityReport r = example();

    // each row valued once: 5,005 × 0.0110 = 55.055 → 55.06; 1,234 × 0.0110 = 13.574 → 13.57
    assertThat(r.rows())
        .extracting(
            row -> row.issuer().code(),
            row -> row.expiryMonth().toString(),
            row -> row.points(),
            row -> row.atPointValue().toPlainString(),
            row -> row.cost().perPoint().toPlainString(),
            row -> row.cost().basis(),
            row -> row.atCost().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "FA001", "2028-01", 2345L, "23.45", "0.0120", CostBasis.TERMS, "28.14"),
            org.assertj.core.groups.Tuple.tuple(
                "FB001", "2027-01", 1234L, "12.34", "0.0110", CostBasis.TERMS, "13.57"),
            org.assertj.core.groups.Tuple.tuple(
                "FB001", "2028-01", 5005L, "50.05", "0.0110", CostBasis.TERMS, "55.06"),
            org.assertj.core.groups.Tuple.tuple(
                "OPERATOR", "2028-01", 500L, "5.00", "0.01", CostBasis.POINT_VALUE, "5.00"));

    assertThat(r.outstanding()).isEqualTo(valued(9084, "90.84", "101.77"));
    assertThat(r.byIssuer())
        .extracting(IssuerTotal::issuer, IssuerTotal::outstanding)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FA001, valued(2345, "23.45", "28.14")),
            org.assertj.core.groups.Tuple.tuple(FB001, valued(6239, "62.39", "68.63")),
            org.assertj.core.groups.Tuple.tuple(OPERATOR, valued(500, "5.00", "5.00")));
    assertThat(r.byExpiryMonth())
        .extracting(MonthTotal::month, MonthTotal::outstanding)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                YearMonth.of(2027, 1), valued(1234, "12.34", "13.57")),
            org.assertj.core.groups.Tuple.tuple(
                YearMonth.of(2028, 1), valued(7850, "78.50", "88.20")));

    // the window: December 2025 to December 2026, every month listed
    assertThat(r.windowFrom()).isEqualTo(Instant.parse("2025-11-30T16:00:00Z"));
    assertThat(r.months()).hasSize(13);
    assertThat(r.months().get(0)).isEqualTo(new SettledMonth(YearMonth.of(2025, 12), 0, 0));
    assertThat(r.months().get(1)).isEqualTo(new SettledMonth(YearMonth.of(2026, 1), 1500, 600));
    assertThat(r.months().get(12)).isEqualTo(new SettledMonth(YearMonth.of(2026, 12), 0, 100));
    assertThat(r.expired())
        .containsExactly(
            new ExpiredRow(YearMonth.of(2026, 1), FB001, 600),
            new ExpiredRow(YearMonth.of(2026, 12), OPERATOR, 100));

    // R = 2,300, E = 700: breakage rate 700 / 3,000 = 0.23333.. → 0.2333; redemption 0.7667
    assertThat(r.rates().redeemed()).isEqualTo(2300);
    assertThat(r.rates().expired()).isEqualTo(700);
    assertThat(r.rates().breakageRate()).contains(new BigDecimal("0.2333"));
    assertThat(r.rates().redemptionRate()).contains(new BigDecimal("0.7667"));
    // expected breakage = outstanding × 700 / 3,000, exactly, rounded once:
    // 9,084 → 2,119.6 → 2,120 points; 90.84 → 21.196 → 21.20; 101.77 → 23.7463.. → 23.75
    assertThat(r.expectedBreakage()).contains(valued(2120, "21.20", "23.75"));
  }

  @Test
  void ratesAddUpToOneAndNothingSettledGivesNoRate() {
    // 1 / 8 = 0.125 exactly; 1,000,001 expired of 3,000,000 settled: 0.33333366.. → 0.3333
    assertThat(LiabilityArithmetic.rates(7, 1).breakageRate()).contains(new BigDecimal("0.1250"));
    var third = LiabilityArithmetic.rates(1_999_999, 1_000_001);
    assertThat(third.breakageRate().orElseThrow().add(third.redemptionRate().orElseThrow()))
        .isEqualByComparingTo("1");
    // a half ten-thousandth rounds up: 1 / 20,000 = 0.00005 → 0.0001
    assertThat(LiabilityArithmetic.rates(19_999, 1).breakageRate())
        .contains(new BigDecimal("0.0001"));

    var none = LiabilityArithmetic.rates(0, 0);
    assertThat(none.breakageRate()).isEmpty();
    assertThat(none.redemptionRate()).isEmpty();
    assertThat(LiabilityArithmetic.expectedBreakage(valued(100, "1.00", "1.10"), none)).isEmpty();

    // more redemptions cancelled in the window than made: redeemed counts as 0, all breakage
    var cancelled = LiabilityArithmetic.rates(-50, 30);
    assertThat(cancelled.redeemed()).isZero();
    assertThat(cancelled.breakageRate()).contains(new BigDecimal("1.0000"));
    assertThat(LiabilityArithmetic.expectedBreakage(valued(100, "1.00", "1.10"), cancelled))
        .contains(valued(100, "1.00", "1.10"));
  }

  @Test
  void nothingOutstandingAndAFateOutsideTheWindow() {
    LiabilityReport empty =
        LiabilityArithmetic.compose(
            null,
            ZONE,
            AS_OF,
            new BigDecimal("0.01"),
            YearMonth.of(2025, 12),
            List.of(),
            issuer -> Optional.empty(),
            List.of());
    assertThat(empty.outstanding()).isEqualTo(valued(0, "0.00", "0.00"));
    assertThat(empty.rows()).isEmpty();
    assertThat(empty.months()).hasSize(13).allMatch(m -> m.redeemed() == 0 && m.expired() == 0);
    assertThat(empty.expectedBreakage()).isEmpty();

    assertThatThrownBy(
            () ->
                LiabilityArithmetic.compose(
                    null,
                    ZONE,
                    AS_OF,
                    new BigDecimal("0.01"),
                    YearMonth.of(2025, 12),
                    List.of(),
                    issuer -> Optional.empty(),
                    List.of(new Fate(FB001, YearMonth.of(2025, 11), 1, 0))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Valued valued(long points, String atPointValue, String atCost) {
    return new Valued(points, new BigDecimal(atPointValue), new BigDecimal(atCost));
  }
}
