package com.atrium.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The daily file's format both ways, and the matching of a partner's file into three queues. */
class ReconciliationTest {

  static final LocalDate DAY = LocalDate.parse("2026-12-02");
  static final Instant AT = Instant.parse("2026-12-02T03:04:05Z");

  static ReconFile.Line line(String txn, Direction d, long points, long amount, ExchangeState s) {
    return new ReconFile.Line(
        txn, 7L, "M-1", d, points, amount, "10:1", new BigDecimal("0.05"), s, AT);
  }

  @Test
  void aWrittenFileReadsBackLineForLineWithItsTrailer() {
    List<ReconFile.Line> lines =
        List.of(
            line("T-1", Direction.IN, 500, 5000, ExchangeState.COMPLETED),
            line("T-2", Direction.OUT, 1000, 80, ExchangeState.PENDING));
    String text = ReconFile.write("DEMOBANK", DAY, AT, lines);
    assertThat(text)
        .isEqualTo(
            "H,DEMOBANK,2026-12-02,2026-12-02T03:04:05Z\n"
                + "D,T-1,7,M-1,IN,500,5000,10:1,0.05,COMPLETED,2026-12-02T03:04:05Z\n"
                + "D,T-2,7,M-1,OUT,1000,80,10:1,0.05,PENDING,2026-12-02T03:04:05Z\n"
                + "T,2,1500,5080\n");
    assertThat(ReconFile.parse("DEMOBANK", DAY, text)).isEqualTo(lines);
    // a spreadsheet's BOM and CRLF are accepted
    assertThat(ReconFile.parse("DEMOBANK", DAY, "\uFEFF" + text.replace("\n", "\r\n")))
        .isEqualTo(lines);
  }

  @Test
  void aPartnersLineMayLeaveOutWhatOnlyAtriumKnows() {
    List<ReconFile.Line> read =
        ReconFile.parse(
            "DEMOBANK",
            DAY,
            "H,DEMOBANK,2026-12-02\nD,T-9,,M-1,IN,10,100,,,COMPLETED,\nT,1,10,100\n");
    assertThat(read)
        .containsExactly(
            new ReconFile.Line(
                "T-9",
                null,
                "M-1",
                Direction.IN,
                10,
                100,
                null,
                null,
                ExchangeState.COMPLETED,
                null));
  }

  @Test
  void aFileThatDoesNotAddUpOrIsAnotherPartnersIsRefusedNamingTheLine() {
    String ok = "D,T-1,,M-1,IN,10,100,,,COMPLETED,\n";
    assertRefused(
        "H,DEMOAIR,2026-12-02\n" + ok + "T,1,10,100",
        "Line 1: the file is for partner DEMOAIR, not DEMOBANK");
    assertRefused(
        "H,DEMOBANK,2026-12-01\n" + ok + "T,1,10,100",
        "Line 1: the file is for 2026-12-01, not 2026-12-02");
    assertRefused(
        "H,DEMOBANK,2026-12-02\n" + ok + "T,1,11,100",
        "Line 3: the trailer says 1 lines, 11 points, 100 partner units; the lines hold 1, 10, 100");
    assertRefused(
        "H,DEMOBANK,2026-12-02\n" + ok + ok + "T,2,20,200",
        "Line 3: transaction T-1 is listed twice");
    assertRefused(
        "H,DEMOBANK,2026-12-02\nD,T-1,,M-1,IN,-10,100,,,COMPLETED,\nT,1,-10,100",
        "Line 2: the points is not a whole number");
    assertRefused(
        "H,DEMOBANK,2026-12-02\nD,T-1,,M-1,SIDEWAYS,10,100,,,COMPLETED,\nT,1,10,100",
        "Line 2: the direction SIDEWAYS is not known");
    assertRefused(
        "H,DEMOBANK,2026-12-02\nD,T 1,,M-1,IN,10,100,,,COMPLETED,\nT,1,10,100",
        "Line 2: the transaction id is missing or malformed");
    assertRefused(
        "H,DEMOBANK,2026-12-02\n" + ok,
        "Line 2: the last line must be T,count,points,partnerAmount");
    assertRefused("", "Line 1: a file needs a header (H) and a trailer (T) line");
  }

  @Test
  void matchingSortsEveryDisagreementIntoItsQueue() {
    List<ReconFile.Line> atrium =
        List.of(
            line("SAME", Direction.IN, 500, 5000, ExchangeState.COMPLETED),
            line("ONLY-OURS", Direction.IN, 100, 1000, ExchangeState.COMPLETED),
            line("DIFF", Direction.OUT, 1000, 80, ExchangeState.CONFIRMED),
            line("UNDONE", Direction.IN, 100, 1000, ExchangeState.REVERSED),
            line("BOTH-UNDONE", Direction.OUT, 100, 8, ExchangeState.REJECTED));
    List<ReconFile.Line> partner =
        List.of(
            line("ONLY-THEIRS", Direction.IN, 100, 1000, ExchangeState.COMPLETED),
            line("SAME", Direction.IN, 500, 5000, ExchangeState.COMPLETED),
            line("DIFF", Direction.OUT, 1000, 90, ExchangeState.CONFIRMED),
            line("UNDONE", Direction.IN, 100, 1000, ExchangeState.COMPLETED),
            line("BOTH-UNDONE", Direction.OUT, 100, 8, ExchangeState.REVERSED));
    ReconMatcher.Result r = ReconMatcher.match(atrium, partner);
    assertThat(r.matched()).isEqualTo(2);
    assertThat(r.mismatches())
        .extracting(ReconMatcher.Found::partnerTxnId, ReconMatcher.Found::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ONLY-OURS", MismatchKind.MISSING_AT_PARTNER),
            org.assertj.core.groups.Tuple.tuple("DIFF", MismatchKind.AMOUNTS_DIFFER),
            org.assertj.core.groups.Tuple.tuple("UNDONE", MismatchKind.AMOUNTS_DIFFER),
            org.assertj.core.groups.Tuple.tuple("ONLY-THEIRS", MismatchKind.MISSING_IN_ATRIUM));
  }

  @Test
  void aResolvedMismatchCannotBeResolvedAgain() {
    ReconMismatch m =
        new ReconMismatch(
            1,
            2,
            DAY,
            new ReconMatcher.Found(
                MismatchKind.MISSING_IN_ATRIUM,
                "T-1",
                null,
                line("T-1", Direction.IN, 10, 100, ExchangeState.COMPLETED)),
            AT);
    m.resolve("partner's duplicate", "finance", AT);
    assertThat(m.status()).isEqualTo(MismatchStatus.RESOLVED);
    assertThatThrownBy(() -> m.resolve("again", "finance", AT))
        .isInstanceOf(DomainException.class)
        .extracting("code")
        .isEqualTo("MISMATCH_NOT_OPEN");
  }

  private static void assertRefused(String text, String message) {
    assertThatThrownBy(() -> ReconFile.parse("DEMOBANK", DAY, text))
        .isInstanceOf(DomainException.class)
        .hasMessage(message)
        .extracting("code")
        .isEqualTo("RECON_FILE_INVALID");
  }
}
