package com.atrium.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Accepted dispute corrections carried onto the next period's statements (docs/clearing.md,
 * "Dispute corrections"), figures by hand: one line per correction after the statement's own, the
 * amount as agreed, a statement made for a tenant without points, and the operator's mirror line so
 * the run nets to 0.00.
 */
class CorrectionLinesTest {

  static final Instant NOV_1 = Instant.parse("2026-10-31T16:00:00Z");
  static final Instant DEC_1 = Instant.parse("2026-11-30T16:00:00Z");
  static final Instant JAN_1 = Instant.parse("2026-12-31T16:00:00Z");
  static final Instant OCT_1 = Instant.parse("2026-09-30T16:00:00Z");

  static PendingCorrection correction(
      long dispute, long tenant, long run, LocalDate start, Instant bookedFrom, String amount) {
    return new PendingCorrection(
        dispute,
        tenant,
        run,
        PeriodKind.MONTH,
        start,
        bookedFrom,
        new BigDecimal(amount),
        bookedFrom.plusSeconds(86_400L * 40));
  }

  /** December of FB001 (cost 0.0110, reimbursement 0.0095): 1,000 funded, 500 redeemed. */
  static Statement december() {
    return StatementArithmetic.tenantStatement(
        TenantFigures.postpaid(
            "FB001",
            List.of(
                new RatedPoints(
                    new RatePeriod(
                        DEC_1,
                        JAN_1,
                        new BigDecimal("0.0110"),
                        new BigDecimal("0.0095"),
                        BigDecimal.ZERO),
                    new PointFigures(1000, 0, 500, 0, 0),
                    FigureTraces.NONE,
                    List.of()))),
        BigDecimal.ZERO);
  }

  @Test
  void correctionsAreLinesOfTheirTenantNamingTheDisputeAndTheRunNetsToZero() {
    Statement fb001 = december();
    // -11.00 + 4.75
    assertThat(fb001.net()).isEqualByComparingTo("-6.25");
    List<PendingCorrection> pending =
        List.of(
            // FB001 was overcharged 12.50 in November (run 7), and 0.35 in October (run 5)
            correction(31, 1, 7, LocalDate.of(2026, 11, 1), NOV_1, "12.50"),
            correction(29, 1, 5, LocalDate.of(2026, 10, 1), OCT_1, "0.35"),
            // FA001 booked nothing in December; it was reimbursed 3.07 too much in November
            correction(33, 2, 7, LocalDate.of(2026, 11, 1), NOV_1, "-3.07"));

    List<Statement> tenants =
        CorrectionLines.carry(
            List.of(fb001), pending, Map.of(1L, "FB001", 2L, "FA001"), DEC_1, JAN_1);

    assertThat(tenants).extracting(Statement::party).containsExactly("FA001", "FB001");
    Statement fa001 = tenants.get(0);
    assertThat(fa001.lines())
        .extracting(
            StatementLine::kind,
            StatementLine::points,
            StatementLine::rate,
            l -> l.amount().toPlainString(),
            StatementLine::entries,
            l -> l.adjusts().source(),
            l -> l.adjusts().id(),
            l -> l.adjusts().reference(),
            l -> l.adjusts().originalBookedAt())
        .containsExactly(
            tuple(
                LineKind.DISPUTE_CORRECTION,
                0L,
                null,
                "-3.07",
                0L,
                Adjustment.Source.DISPUTE,
                33L,
                "Dispute 33, run 7",
                NOV_1));
    assertThat(fa001.net().toPlainString()).isEqualTo("-3.07");
    assertThat(fa001.block()).isEmpty();

    Statement carried = tenants.get(1);
    assertThat(carried.lines())
        .extracting(
            StatementLine::kind,
            l -> l.amount().toPlainString(),
            l -> l.adjusts() == null ? null : l.adjusts().reference(),
            StatementLine::from,
            StatementLine::to)
        .containsExactly(
            tuple(LineKind.ISSUANCE_CHARGE, "-11.00", null, DEC_1, JAN_1),
            tuple(LineKind.REIMBURSEMENT, "4.75", null, DEC_1, JAN_1),
            // in the order given: the oldest answer first
            tuple(LineKind.DISPUTE_CORRECTION, "12.50", "Dispute 31, run 7", DEC_1, JAN_1),
            tuple(LineKind.DISPUTE_CORRECTION, "0.35", "Dispute 29, run 5", DEC_1, JAN_1));
    // -6.25 + 12.50 + 0.35
    assertThat(carried.net().toPlainString()).isEqualTo("6.60");

    Statement operator = StatementArithmetic.operatorStatement("OPERATOR", DEC_1, JAN_1, tenants);
    assertThat(operator.lines())
        .extracting(StatementLine::kind, StatementLine::points, l -> l.amount().toPlainString())
        .containsExactly(
            tuple(LineKind.ISSUANCE_CHARGE, 1000L, "11.00"),
            tuple(LineKind.REIMBURSEMENT, 500L, "-4.75"),
            // 12.50 + 0.35 - 3.07
            tuple(LineKind.DISPUTE_CORRECTION, 0L, "-9.78"));
    assertThat(operator.net().toPlainString()).isEqualTo("-3.53");
    List<Statement> run = new ArrayList<>(tenants);
    run.add(operator);
    assertThat(run.stream().map(Statement::net).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("0.00");
  }

  @Test
  void noCorrectionLeavesTheStatementsAsTheyAre() {
    List<Statement> tenants = List.of(december());
    assertThat(CorrectionLines.carry(tenants, List.of(), Map.of(), DEC_1, JAN_1)).isSameAs(tenants);
  }

  @Test
  void theSameCorrectionsGiveTheSameCanonicalForm() {
    List<PendingCorrection> pending =
        List.of(correction(31, 1, 7, LocalDate.of(2026, 11, 1), NOV_1, "12.5"));
    String once =
        ClearingRuns.canonical(
            CorrectionLines.carry(List.of(december()), pending, Map.of(1L, "FB001"), DEC_1, JAN_1));
    String again =
        ClearingRuns.canonical(
            CorrectionLines.carry(List.of(december()), pending, Map.of(1L, "FB001"), DEC_1, JAN_1));
    assertThat(again).isEqualTo(once);
    assertThat(once)
        .contains(
            "L|DISPUTE_CORRECTION|2026-11-30T16:00:00Z|2026-12-31T16:00:00Z|0||12.50|n|0"
                + "|A|DISPUTE|31|2026-10-31T16:00:00Z|Dispute 31, run 7\n");
  }

  @Test
  void aCorrectionOfATenantNotOfTheMallIsRefused() {
    List<PendingCorrection> pending =
        List.of(correction(31, 9, 7, LocalDate.of(2026, 11, 1), NOV_1, "1.00"));
    assertThatThrownBy(
            () -> CorrectionLines.carry(List.of(), pending, Map.of(1L, "FB001"), DEC_1, JAN_1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theAdjustedPeriodOfADisputeIsTheDisputedRunsFirstDay() {
    ClearingRun december =
        new ClearingRun(
            1L,
            PeriodKind.MONTH,
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2027, 1, 1),
            "Asia/Shanghai",
            DEC_1,
            JAN_1,
            BigDecimal.ZERO,
            "d",
            "fin",
            DEC_1);
    // a day's run of 30 November disputed, carried by December's month run: its day, not a month
    Instant nov30 = Instant.parse("2026-11-29T16:00:00Z");
    assertThat(
            december.adjustedPeriodStart(
                new Adjustment(Adjustment.Source.DISPUTE, 31, "Dispute 31, run 8", nov30)))
        .isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(
            december.adjustedPeriodStart(
                new Adjustment(Adjustment.Source.ENTRY, 501, "Sale R-17", nov30)))
        .isEqualTo(LocalDate.of(2026, 11, 1));
  }
}
