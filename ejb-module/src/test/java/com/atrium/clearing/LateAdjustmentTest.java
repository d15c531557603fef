package com.atrium.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Late reversals as adjustment lines (docs/clearing.md, "Late entries"), figures by hand: each
 * names its original and is priced at the rate in force when it was booked; the fee and the block
 * still count them; entry counts follow every line; the operator's lines sum the tenants'.
 */
class LateAdjustmentTest {

  static final Instant DEC_1 = Instant.parse("2026-11-30T16:00:00Z");
  static final Instant DEC_16 = Instant.parse("2026-12-15T16:00:00Z");
  static final Instant JAN_1 = Instant.parse("2026-12-31T16:00:00Z");
  static final Instant NOV_20 = Instant.parse("2026-11-20T03:00:00Z");
  static final Instant NOV_3 = Instant.parse("2026-11-03T05:00:00Z");
  static final Instant OCT_9 = Instant.parse("2026-10-09T05:00:00Z");

  static RatePeriod rates(Instant from, Instant to, String cost, String reimbursement, String fee) {
    return new RatePeriod(
        from, to, new BigDecimal(cost), new BigDecimal(reimbursement), new BigDecimal(fee));
  }

  static Adjustment original(long id, String reference, Instant booked) {
    return new Adjustment(Adjustment.Source.ENTRY, id, reference, booked);
  }

  static LateReversal late(LateReversal.Of of, Adjustment original, long points, long entries) {
    return new LateReversal(
        of, original, points, new LineTrace(entries, original.id() + 1000, original.id() + 1000));
  }

  @Test
  void lateReversalsAreAdjustmentLinesNamingTheirOriginalAtTheRateWhenBooked() {
    // December: 2000 points funded (12 sales), 300 taken back by refunds of which 120 reverse the
    // November sale R-17 (two partial refunds) and 37 the October sale R-3; 900 redeemed (4
    // payments), 100 cancelled of which 40 reverse November's payment P-7; cost 0.0110,
    // reimbursement 0.0095, fee 2 %
    Adjustment r17 = original(501, "Sale R-17", NOV_20);
    Adjustment r3 = original(402, "Sale R-3", OCT_9);
    Adjustment p7 = original(503, "Points as cash P-7", NOV_3);
    FigureTraces traces =
        new FigureTraces(
            new LineTrace(12, 2001, 2900),
            new LineTrace(3, 2100, 2800),
            new LineTrace(4, 2002, 2950),
            new LineTrace(2, 2500, 2600),
            LineTrace.NONE);
    RatedPoints december =
        new RatedPoints(
            rates(DEC_1, JAN_1, "0.0110", "0.0095", "2"),
            new PointFigures(2000, 300, 900, 100, 0),
            traces,
            List.of(
                late(LateReversal.Of.FUNDING, r17, 120, 2),
                late(LateReversal.Of.REDEMPTION, p7, 40, 1),
                late(LateReversal.Of.FUNDING, r3, 37, 1)));
    Statement s =
        StatementArithmetic.tenantStatement(
            TenantFigures.postpaid("FA001", List.of(december)), BigDecimal.ZERO);

    assertThat(s.lines())
        .extracting(
            StatementLine::kind,
            StatementLine::points,
            l -> l.amount().toPlainString(),
            StatementLine::entries,
            l -> l.adjusts() == null ? null : l.adjusts().reference())
        .containsExactly(
            tuple(LineKind.ISSUANCE_CHARGE, 2000L, "-22.00", 12L, null),
            // 300 - 120 - 37 = 143 on time: 1.573 -> 1.57
            tuple(LineKind.ISSUANCE_REVERSED, 143L, "1.57", 3L, null),
            // the earlier original first: October's R-3, then November's R-17
            tuple(LineKind.LATE_ISSUANCE_REVERSED, 37L, "0.41", 1L, "Sale R-3"),
            tuple(LineKind.LATE_ISSUANCE_REVERSED, 120L, "1.32", 2L, "Sale R-17"),
            tuple(LineKind.REIMBURSEMENT, 900L, "8.55", 4L, null),
            tuple(LineKind.REIMBURSEMENT_REVERSED, 60L, "-0.57", 2L, null),
            tuple(LineKind.LATE_REIMBURSEMENT_REVERSED, 40L, "-0.38", 1L, "Points as cash P-7"),
            // the fee is on every net redeemed point, late cancellations too: 800 x 0.0095 x 2 %
            // = 0.152 -> 0.15; its entries are every redemption and cancellation
            tuple(LineKind.CLEARING_FEE, 800L, "-0.15", 7L, null));
    assertThat(s.lines().get(3).adjusts()).isEqualTo(r17);
    assertThat(s.lines().get(3).trace()).isEqualTo(new LineTrace(2, 1501, 1501));
    assertThat(s.lines().get(7).trace()).isEqualTo(new LineTrace(7, 1503, 2950));
    assertThat(s.net()).isEqualByComparingTo("-11.25");

    // the operator's lines are one per kind, the late ones summed over their originals
    Statement operator =
        StatementArithmetic.operatorStatement("OPERATOR", DEC_1, JAN_1, List.of(s));
    assertThat(operator.lines())
        .extracting(
            StatementLine::kind,
            StatementLine::points,
            l -> l.amount().toPlainString(),
            StatementLine::entries)
        .contains(
            tuple(LineKind.LATE_ISSUANCE_REVERSED, 157L, "-1.73", 3L),
            tuple(LineKind.LATE_REIMBURSEMENT_REVERSED, 40L, "0.38", 1L));
    assertThat(operator.lines()).allMatch(l -> l.adjusts() == null);
    assertThat(s.net().add(operator.net())).isEqualByComparingTo("0.00");
  }

  @Test
  void aLateRefundOfAPrepaidTenantGoesBackToItsBlockAndStillCountsInTheDrawing() {
    Adjustment r17 = original(501, "Sale R-17", NOV_20);
    RatedPoints december =
        new RatedPoints(
            rates(DEC_1, JAN_1, "0.0110", "0.0095", "0"),
            new PointFigures(600, 150, 0, 0, 0),
            new FigureTraces(
                new LineTrace(2, 10, 20),
                new LineTrace(1, 15, 15),
                LineTrace.NONE,
                LineTrace.NONE,
                LineTrace.NONE),
            List.of(late(LateReversal.Of.FUNDING, r17, 100, 1)));
    Statement s =
        StatementArithmetic.tenantStatement(
            TenantFigures.prepaid("FB002", new PrepaidBlock(400, 0), List.of(december)),
            BigDecimal.ZERO);
    // drawn 600 - 150 = 450 from a block of 400: 50 overdraft at 0.0110 = 0.55
    assertThat(s.lines())
        .extracting(
            StatementLine::kind,
            StatementLine::points,
            l -> l.amount().toPlainString(),
            StatementLine::entries)
        .containsExactly(
            tuple(LineKind.FUNDED_FROM_BLOCK, 600L, "0.00", 2L),
            tuple(LineKind.RETURNED_TO_BLOCK, 50L, "0.00", 1L),
            tuple(LineKind.LATE_RETURNED_TO_BLOCK, 100L, "0.00", 1L),
            tuple(LineKind.BLOCK_OVERDRAFT, 50L, "-0.55", 4L));
    assertThat(s.block().orElseThrow().drawn()).isEqualTo(450);
  }

  @Test
  void lateReversalsArePartOfThePeriodsReversals() {
    assertThatThrownBy(
            () ->
                new RatedPoints(
                    rates(DEC_1, DEC_16, "0.0110", "0.0095", "0"),
                    new PointFigures(100, 50, 0, 0, 0),
                    FigureTraces.NONE,
                    List.of(late(LateReversal.Of.FUNDING, original(1, "Sale R-1", NOV_20), 60, 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
