package com.atrium.web.clearing;

import com.atrium.clearing.BlockMovement;
import com.atrium.clearing.LineKind;
import com.atrium.clearing.PartyKind;
import com.atrium.clearing.PeriodKind;
import com.atrium.clearing.RunDocument;
import com.atrium.clearing.RunStatus;
import com.atrium.clearing.RunView;
import com.atrium.clearing.StatementDocument;
import com.atrium.clearing.StatementLine;
import com.atrium.clearing.StoredStatement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Statements of docs/clearing.md's worked example (XH, November 2026) as the clearing service hands
 * them to the exports, and a long one for measuring.
 */
final class Statements {

  static final Instant NOV_1 = Instant.parse("2026-10-31T16:00:00Z");
  static final Instant NOV_16 = Instant.parse("2026-11-15T16:00:00Z");
  static final Instant DEC_1 = Instant.parse("2026-11-30T16:00:00Z");
  static final Instant GENERATED = Instant.parse("2026-12-02T04:05:00Z");
  static final String DIGEST = "3f0c9a7d" + "0".repeat(48) + "12345678";

  private Statements() {}

  static RunView run(RunStatus status) {
    return new RunView(
        4711,
        "XH",
        PeriodKind.MONTH,
        LocalDate.of(2026, 11, 1),
        LocalDate.of(2026, 12, 1),
        "Asia/Shanghai",
        NOV_1,
        DEC_1,
        new BigDecimal("20"),
        status,
        DIGEST,
        "finance",
        GENERATED,
        "finance",
        GENERATED,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** FA001 (UNIQLO): two rate periods and a clearing fee; net −21.95. */
  static StatementDocument fa001(RunStatus status) {
    List<StatementLine> lines =
        List.of(
            line(LineKind.ISSUANCE_CHARGE, NOV_1, NOV_16, 1205, "0.0110", "-13.26"),
            line(LineKind.REIMBURSEMENT, NOV_1, NOV_16, 1111, "0.0095", "10.55"),
            line(LineKind.CLEARING_FEE, NOV_1, NOV_16, 1111, "0.0095", "-0.16"),
            line(LineKind.ISSUANCE_CHARGE, NOV_16, DEC_1, 2000, "0.0120", "-24.00"),
            line(LineKind.REIMBURSEMENT, NOV_16, DEC_1, 800, "0.0100", "8.00"),
            line(LineKind.REIMBURSEMENT_REVERSED, NOV_16, DEC_1, 300, "0.0100", "-3.00"),
            line(LineKind.CLEARING_FEE, NOV_16, DEC_1, 500, "0.0100", "-0.08"));
    return new StatementDocument(
        run(status),
        "星汇广场 Star Harbour Mall",
        stored(102, PartyKind.TENANT, 2L, "FA001", "-21.95", lines.size(), Optional.empty()),
        "优衣库 UNIQLO",
        lines);
  }

  /** FB002 (Haidilao): prepaid, a block with an overdraft; net 0.58. */
  static StatementDocument fb002(RunStatus status) {
    List<StatementLine> lines =
        List.of(
            line(LineKind.FUNDED_FROM_BLOCK, NOV_1, DEC_1, 2700, "0.0110", "0.00"),
            line(LineKind.RETURNED_TO_BLOCK, NOV_1, DEC_1, 200, "0.0110", "0.00"),
            line(LineKind.BLOCK_OVERDRAFT, NOV_1, DEC_1, 500, "0.0110", "-5.50"),
            line(LineKind.REIMBURSEMENT, NOV_1, DEC_1, 640, "0.0095", "6.08"));
    return new StatementDocument(
        run(status),
        "星汇广场 Star Harbour Mall",
        stored(
            103,
            PartyKind.TENANT,
            3L,
            "FB002",
            "0.58",
            lines.size(),
            Optional.of(new BlockMovement(2000, 0, 2500, 0, 500))),
        "海底捞 Haidilao",
        lines);
  }

  /** The operator's statement of a run of FA001 and FB002 alone: minus their sums; net 21.37. */
  static StatementDocument operator(RunStatus status) {
    List<StatementLine> lines =
        List.of(
            line(LineKind.ISSUANCE_CHARGE, NOV_1, DEC_1, 3205, null, "37.26"),
            line(LineKind.FUNDED_FROM_BLOCK, NOV_1, DEC_1, 2700, null, "0.00"),
            line(LineKind.RETURNED_TO_BLOCK, NOV_1, DEC_1, 200, null, "0.00"),
            line(LineKind.BLOCK_OVERDRAFT, NOV_1, DEC_1, 500, null, "5.50"),
            line(LineKind.REIMBURSEMENT, NOV_1, DEC_1, 2551, null, "-24.63"),
            line(LineKind.REIMBURSEMENT_REVERSED, NOV_1, DEC_1, 300, null, "3.00"),
            line(LineKind.CLEARING_FEE, NOV_1, DEC_1, 1611, null, "0.24"));
    return new StatementDocument(
        run(status),
        "星汇广场 Star Harbour Mall",
        stored(199, PartyKind.OPERATOR, null, "OPERATOR", "21.37", lines.size(), Optional.empty()),
        "星汇集团 Star Harbour Group",
        lines);
  }

  static RunDocument wholeRun(RunStatus status) {
    return new RunDocument(
        run(status),
        "星汇广场 Star Harbour Mall",
        List.of(fa001(status), fb002(status), operator(status)));
  }

  /** A statement of {@code count} lines (one rate period a day), its net the sum of them. */
  static StatementDocument long_(int count) {
    List<StatementLine> lines = new ArrayList<>();
    BigDecimal net = BigDecimal.ZERO;
    LineKind[] kinds = LineKind.values();
    for (int i = 0; i < count; i++) {
      Instant from = NOV_1.plusSeconds(3600L * i);
      BigDecimal amount = BigDecimal.valueOf((i % 2 == 0 ? -1 : 1) * (1000L + i * 37L), 2);
      lines.add(
          new StatementLine(
              kinds[i % kinds.length],
              from,
              from.plusSeconds(3600),
              1000 + i,
              new BigDecimal("0.0110"),
              amount));
      net = net.add(amount);
    }
    return new StatementDocument(
        run(RunStatus.CLOSED),
        "星汇广场 Star Harbour Mall",
        stored(500, PartyKind.TENANT, 9L, "FB009", net.toPlainString(), count, Optional.empty()),
        "长长的对账单 Long statement",
        lines);
  }

  private static StoredStatement stored(
      long id,
      PartyKind kind,
      Long partyId,
      String party,
      String net,
      int lineCount,
      Optional<BlockMovement> block) {
    return new StoredStatement(id, kind, partyId, party, new BigDecimal(net), lineCount, block);
  }

  private static StatementLine line(
      LineKind kind, Instant from, Instant to, long points, String rate, String amount) {
    return new StatementLine(
        kind, from, to, points, rate == null ? null : new BigDecimal(rate), new BigDecimal(amount));
  }
}
