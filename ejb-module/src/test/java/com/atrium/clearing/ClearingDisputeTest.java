package com.atrium.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A dispute, container-free: what a comment and an answer may be, answered once, carried once. */
class ClearingDisputeTest {

  static final Instant AT = Instant.parse("2026-12-02T02:00:00Z");

  static ClearingDispute open() {
    return new ClearingDispute(
        1L, 2L, null, 3L, 4L, ClearingRunTest.TO, " 退款已扣除 ", "fb001-manager", AT);
  }

  @Test
  void aCommentIsOneToAThousandCharactersNotOnlyBlanks() {
    assertThat(ClearingDispute.requireText(" 退款已扣除 ")).isEqualTo("退款已扣除");
    assertThat(ClearingDispute.requireText("长".repeat(1000))).hasSize(1000);
    // a character outside the BMP counts once
    assertThat(ClearingDispute.requireText("😀".repeat(1000))).hasSize(2000);
    for (String bad : new String[] {null, "", "   ", "\n\t", "x".repeat(1001)}) {
      assertRefused(() -> ClearingDispute.requireText(bad), "COMMENT_INVALID");
    }
  }

  @Test
  void anAcceptanceAgreesWholeFenOtherThanZeroAndARejectionNone() {
    ClearingDispute.requireAnswer(DisputeStatus.ACCEPTED, new BigDecimal("-12.50"), "ok");
    ClearingDispute.requireAnswer(DisputeStatus.ACCEPTED, new BigDecimal("12.500"), "ok");
    ClearingDispute.requireAnswer(DisputeStatus.REJECTED, null, "stands");
    assertRefused(
        () -> ClearingDispute.requireAnswer(DisputeStatus.ACCEPTED, null, "x"),
        "CORRECTION_INVALID");
    assertRefused(
        () -> ClearingDispute.requireAnswer(DisputeStatus.ACCEPTED, new BigDecimal("0.00"), "x"),
        "CORRECTION_INVALID");
    assertRefused(
        () -> ClearingDispute.requireAnswer(DisputeStatus.ACCEPTED, new BigDecimal("1.234"), "x"),
        "CORRECTION_INVALID");
    assertRefused(
        () ->
            ClearingDispute.requireAnswer(
                DisputeStatus.ACCEPTED, new BigDecimal("1000000000000.00"), "x"),
        "CORRECTION_INVALID");
    assertRefused(
        () -> ClearingDispute.requireAnswer(DisputeStatus.REJECTED, BigDecimal.ONE, "x"),
        "CORRECTION_INVALID");
    assertRefused(
        () -> ClearingDispute.requireAnswer(DisputeStatus.OPEN, null, "x"), "OUTCOME_INVALID");
    assertRefused(() -> ClearingDispute.requireAnswer(null, null, "x"), "OUTCOME_INVALID");
    assertRefused(
        () -> ClearingDispute.requireAnswer(DisputeStatus.REJECTED, null, " "), "COMMENT_INVALID");
  }

  @Test
  void aDisputeIsAnsweredOnceAndItsCorrectionCarriedOnce() {
    ClearingDispute d = open();
    assertRefused(() -> d.carriedBy(9L), "CORRECTION_NOT_PENDING");
    d.answer(DisputeStatus.ACCEPTED, new BigDecimal("5.5"), " agreed ", "li", AT.plusSeconds(60));
    assertThat(d.correction()).isEqualByComparingTo("5.50");
    assertThat(d.correction().scale()).isEqualTo(2);
    assertThat(d.snapshot()).containsEntry("status", DisputeStatus.ACCEPTED);
    assertRefused(
        () -> d.answer(DisputeStatus.REJECTED, null, "again", "li", AT), "DISPUTE_ANSWERED");
    d.carriedBy(9L);
    assertRefused(() -> d.carriedBy(10L), "CORRECTION_NOT_PENDING");

    ClearingDispute rejected = open();
    rejected.answer(DisputeStatus.REJECTED, null, "stands", "li", AT);
    assertRefused(() -> rejected.carriedBy(9L), "CORRECTION_NOT_PENDING");
  }

  @Test
  void theWindowIsTheConfiguredDaysFromSubmissionAndOnlyInReview() {
    DisputeWindow window = new DisputeWindow();
    window.days = 7;
    ClearingRun run = ClearingRunTest.draft("zhang");
    Instant submitted = ClearingRunTest.AFTER;
    assertThat(window.isOpen(run, submitted)).isFalse();
    run.submit("zhang", submitted);
    Instant until = window.until(submitted);
    assertThat(until).isEqualTo(submitted.plus(Duration.ofDays(7)));
    assertThat(window.isOpen(run, until.minusMillis(1))).isTrue();
    assertThat(window.isOpen(run, until)).isFalse();
    window.days = 0;
    assertThat(window.isOpen(run, submitted)).isFalse();
    window.days = 7;
    run.approve("li", submitted);
    assertThat(window.isOpen(run, submitted)).isFalse();
  }

  static void assertRefused(Runnable action, String code) {
    assertThatThrownBy(action::run)
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo(code);
  }
}
