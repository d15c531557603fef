package com.atrium.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A run's lifecycle, container-free: the order of its states, four eyes, and the cut-off. */
class ClearingRunTest {

  static final Instant FROM = Instant.parse("2026-10-31T16:00:00Z");
  static final Instant TO = Instant.parse("2026-11-30T16:00:00Z");
  static final Instant AFTER = TO.plusSeconds(60);

  static ClearingRun draft(String by) {
    return new ClearingRun(
        1L,
        PeriodKind.MONTH,
        LocalDate.of(2026, 11, 1),
        LocalDate.of(2026, 12, 1),
        "Asia/Shanghai",
        FROM,
        TO,
        BigDecimal.ZERO,
        "d1",
        by,
        AFTER);
  }

  @Test
  void aRunGoesFromDraftToClosedOnlyInOrderAndWithTwoPairsOfEyes() {
    ClearingRun run = draft("zhang");
    assertRefused(() -> run.approve("li", AFTER), "RUN_NOT_IN_REVIEW");
    assertRefused(() -> run.close("zhang", AFTER), "RUN_NOT_APPROVED");
    run.recomputed("d2", "wang", AFTER);
    run.submit("zhang", AFTER);
    assertRefused(() -> run.recomputed("d3", "zhang", AFTER), "RUN_NOT_DRAFT");
    // neither the starter nor the one who computed the figures under review
    assertRefused(() -> run.approve("zhang", AFTER), "FOUR_EYES_REQUIRED");
    assertRefused(() -> run.approve("wang", AFTER), "FOUR_EYES_REQUIRED");
    run.approve("li", AFTER);
    run.close("zhang", AFTER);
    RunView v = run.view("XH");
    assertThat(v.status()).isEqualTo(RunStatus.CLOSED);
    assertThat(List.of(v.startedBy(), v.computedBy(), v.approvedBy(), v.closedBy()))
        .containsExactly("zhang", "wang", "li", "zhang");
    assertThat(v.digest()).isEqualTo("d2");
    assertRefused(() -> run.submit("zhang", AFTER), "RUN_NOT_DRAFT");
    assertRefused(() -> run.approve("li", AFTER), "RUN_NOT_IN_REVIEW");
    assertRefused(() -> run.close("zhang", AFTER), "RUN_NOT_APPROVED");
  }

  @Test
  void aPeriodNotOverIsNeitherReviewedNorClosed() {
    ClearingRun run = draft("zhang");
    assertRefused(() -> run.submit("zhang", TO.minusNanos(1000)), "PERIOD_OPEN");
    run.submit("zhang", TO);
    run.approve("li", TO);
    assertRefused(() -> run.close("zhang", TO.minusSeconds(1)), "PERIOD_OPEN");
    run.close("zhang", TO);
  }

  @Test
  void theCanonicalFormNamesEveryFigureInPlainNotation() {
    Statement tenant =
        new Statement(
            "FB002",
            List.of(
                new StatementLine(
                    LineKind.BLOCK_OVERDRAFT,
                    FROM,
                    TO,
                    500,
                    new BigDecimal("0.0110"),
                    new BigDecimal("-5.50"),
                    new LineTrace(7, 1000, 1350),
                    null),
                new StatementLine(
                    LineKind.LATE_REIMBURSEMENT_REVERSED,
                    FROM,
                    TO,
                    40,
                    new BigDecimal("0.0100"),
                    new BigDecimal("-0.40"),
                    new LineTrace(1, 1400, 1400),
                    new Adjustment(
                        Adjustment.Source.ENTRY,
                        950,
                        "Points as cash P-7",
                        Instant.parse("2026-10-30T02:00:00Z")))),
            new BigDecimal("-5.90"),
            Optional.of(new BlockMovement(2000, 0, 2500, 0, 500)));
    Statement operator =
        new Statement(
            "OPERATOR",
            List.of(
                new StatementLine(
                    LineKind.BLOCK_OVERDRAFT, FROM, TO, 500, null, new BigDecimal("5.50"))),
            new BigDecimal("5.50"),
            Optional.empty());
    assertThat(ClearingRuns.canonical(List.of(tenant, operator)))
        .isEqualTo(
            "S|FB002|-5.90|B|2000|0|2500|0|500\n"
                + "L|BLOCK_OVERDRAFT|2026-10-31T16:00:00Z|2026-11-30T16:00:00Z|500|0.0110|-5.50"
                + "|n|7\n"
                + "L|LATE_REIMBURSEMENT_REVERSED|2026-10-31T16:00:00Z|2026-11-30T16:00:00Z|40"
                + "|0.0100|-0.40|n|1|A|ENTRY|950|2026-10-30T02:00:00Z|Points as cash P-7\n"
                + "S|OPERATOR|5.50\n"
                + "L|BLOCK_OVERDRAFT|2026-10-31T16:00:00Z|2026-11-30T16:00:00Z|500||5.50|n|0\n");
    // the digest is the SHA-256 of that text: the same statements, the same digest
    assertThat(ClearingRuns.digest(List.of(tenant)))
        .isEqualTo(ClearingRuns.digest(List.of(tenant)))
        .hasSize(64)
        .isNotEqualTo(ClearingRuns.digest(List.of(operator)));
  }

  private static void assertRefused(Runnable action, String code) {
    assertThatThrownBy(action::run)
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo(code);
  }
}
