package com.atrium.clearing;

import static com.atrium.clearing.StatementArithmeticTest.DEC_1;
import static com.atrium.clearing.StatementArithmeticTest.NOV_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A parking settlement of an earlier period released in this one is given back on an adjustment
 * line per payer that names it (docs/clearing.md, "Parking"): the payer's charges negated, the
 * operator's sum of them, its own minutes as a memo given back, and the run still nets to zero.
 */
class LateParkingReleaseTest {

  static final Instant OCT_30 = Instant.parse("2026-10-30T04:00:00Z");
  static final Instant OCT_31 = Instant.parse("2026-10-31T15:55:00Z"); // 23:55 in Shanghai

  static final Adjustment S480 =
      new Adjustment(Adjustment.Source.SETTLEMENT, 480, "Parking XH-P-1030-7", OCT_30);
  static final Adjustment S501 =
      new Adjustment(Adjustment.Source.SETTLEMENT, 501, "Parking XH-P-1031-9", OCT_31);

  static LateParkingRelease released(Adjustment original, String minutes, String cost) {
    return new LateParkingRelease(
        original,
        new BigDecimal(minutes),
        new BigDecimal(cost),
        new LineTrace(1, original.id(), original.id()));
  }

  @Test
  void eachPayerGetsBackWhatItWasChargedOnALineNamingTheSettlementAndTheRunNetsToZero() {
    Statement tenant =
        StatementArithmetic.withParking(
            StatementArithmetic.tenantStatement(
                TenantFigures.postpaid(
                    "FB001",
                    List.of(
                        new RatedPoints(
                            StatementArithmeticTest.rates(NOV_1, DEC_1, "0.0110", "0.0095", "0"),
                            new PointFigures(1000, 0, 0, 0, 0)))),
                BigDecimal.ZERO),
            NOV_1,
            DEC_1,
            new ParkingFigures(
                new BigDecimal("40.00"),
                new BigDecimal("6.67"),
                new LineTrace(1, 900, 900),
                // listed later first: the lines come earliest settlement first
                List.of(released(S501, "40.00", "6.67"), released(S480, "20.00", "3.33"))));
    assertThat(tenant.lines())
        .extracting(
            StatementLine::kind,
            l -> l.amount().toPlainString(),
            l -> l.minutes() == null ? null : l.minutes().toPlainString(),
            l -> l.adjusts() == null ? null : l.adjusts().id(),
            StatementLine::entries)
        .containsExactly(
            tuple(LineKind.ISSUANCE_CHARGE, "-11.00", null, null, 0L),
            tuple(LineKind.PARKING_CHARGE, "-6.67", "40.00", null, 1L),
            tuple(LineKind.LATE_PARKING_CHARGE_RELEASED, "3.33", "-20.00", 480L, 1L),
            tuple(LineKind.LATE_PARKING_CHARGE_RELEASED, "6.67", "-40.00", 501L, 1L));
    assertThat(tenant.lines().get(3).adjusts()).isEqualTo(S501);
    assertThat(tenant.lines().get(3).trace()).isEqualTo(new LineTrace(1, 501, 501));
    assertThat(tenant.net()).isEqualByComparingTo("-7.67");

    // a partner with nothing but the release: a statement of the one line
    Statement partner =
        StatementArithmetic.partnerStatement(
            new PartnerFigures(
                "DEMOAIR",
                SettlementMode.POSTPAID,
                List.of(),
                null,
                new ParkingFigures(
                    new BigDecimal("0.00"),
                    new BigDecimal("0.00"),
                    LineTrace.NONE,
                    List.of(released(S501, "30.00", "5.00")))),
            NOV_1,
            DEC_1);
    assertThat(partner.lines())
        .extracting(
            StatementLine::kind,
            l -> l.amount().toPlainString(),
            l -> l.minutes().toPlainString(),
            StatementLine::adjusts)
        .containsExactly(tuple(LineKind.LATE_PARKING_CHARGE_RELEASED, "5.00", "-30.00", S501));
    assertThat(partner.net()).isEqualByComparingTo("5.00");

    Statement operator =
        StatementArithmetic.operatorStatement(
            "OPERATOR",
            NOV_1,
            DEC_1,
            List.of(tenant, partner),
            new ParkingFigures(
                new BigDecimal("150.00"),
                new BigDecimal("25.00"),
                new LineTrace(2, 900, 901),
                List.of(released(S501, "60.00", "10.00"))));
    assertThat(operator.lines())
        .extracting(
            StatementLine::kind,
            l -> l.amount().toPlainString(),
            l -> l.minutes() == null ? null : l.minutes().toPlainString(),
            l -> l.memo() == null ? null : l.memo().toPlainString(),
            StatementLine::adjusts,
            StatementLine::trace)
        .containsExactly(
            tuple(LineKind.ISSUANCE_CHARGE, "11.00", null, null, null, LineTrace.NONE),
            tuple(LineKind.PARKING_CHARGE, "6.67", "40.00", null, null, new LineTrace(1, 900, 900)),
            tuple(
                LineKind.LATE_PARKING_CHARGE_RELEASED,
                "-15.00",
                "-90.00",
                null,
                null,
                new LineTrace(3, 480, 501)),
            tuple(
                LineKind.PARKING_OPERATOR_COST,
                "0.00",
                "150.00",
                "25.00",
                null,
                new LineTrace(2, 900, 901)),
            tuple(
                LineKind.LATE_PARKING_OPERATOR_COST_RELEASED,
                "0.00",
                "-60.00",
                "-10.00",
                S501,
                new LineTrace(1, 501, 501)));
    assertThat(operator.net()).isEqualByComparingTo("2.67");
    assertThat(operator.net().add(tenant.net()).add(partner.net())).isEqualByComparingTo("0.00");
  }

  @Test
  void figuresWithoutAnythingGiveNoLineAndReleasesAddUpPerPayer() {
    assertThat(ParkingFigures.NONE.any()).isFalse();
    ParkingFigures onlyBack =
        ParkingFigures.NONE.plus(
            new ParkingFigures(
                new BigDecimal("0.00"),
                new BigDecimal("0.00"),
                LineTrace.NONE,
                List.of(released(S501, "40.00", "6.67"))));
    assertThat(onlyBack.charged()).isFalse();
    assertThat(onlyBack.any()).isTrue();
    ParkingFigures both =
        onlyBack.plus(
            new ParkingFigures(
                new BigDecimal("20.00"),
                new BigDecimal("3.33"),
                new LineTrace(1, 900, 900),
                List.of(released(S480, "20.00", "3.33"))));
    assertThat(both.released()).extracting(r -> r.original().id()).containsExactly(480L, 501L);
    assertThat(both.minutes()).isEqualByComparingTo("20.00");
    assertThat(both.cost()).isEqualByComparingTo("3.33");
  }

  @Test
  void aReleaseNamesItsSettlementAndGivesBackWhatWasChargedInFen() {
    Adjustment entry = new Adjustment(Adjustment.Source.ENTRY, 501, "Sale R-1", OCT_31);
    assertThatThrownBy(() -> released(entry, "40.00", "6.67"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> released(S501, "-40.00", "6.67"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> released(S501, "40.00", "6.675"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
