package com.atrium.web.clearing;

import com.atrium.clearing.BlockMovement;
import com.atrium.clearing.RunDocument;
import com.atrium.clearing.StatementDocument;
import com.atrium.clearing.StatementLine;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Statements as XLSX workbooks: one statement on one sheet, or a whole run with a summary sheet and
 * a sheet per party. Figures are numbers (not text) with number formats, so that finance can sum
 * and filter them; the net is written as a figure, not a formula, so that the file says the same in
 * any reader. Written with fastexcel, which streams the sheets rather than building them in memory.
 */
final class StatementXlsx {

  /** What a sheet of a statement shows above its lines; its table's header follows. */
  static final int HEADER_ROWS = 11;

  static final String APPLICATION = "Atrium";
  static final String APPLICATION_VERSION = "1.0";
  static final String AMOUNT_FORMAT = "#,##0.00;-#,##0.00";
  static final String POINTS_FORMAT = "#,##0";
  private static final String RATE_FORMAT = "0.0000";

  private StatementXlsx() {}

  static void write(StatementDocument d, Instant generatedAt, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, APPLICATION, APPLICATION_VERSION);
    statementSheet(
        wb.newWorksheet(sheetName(d.statement().party(), new HashSet<>())), d, generatedAt);
    wb.finish();
  }

  /** A summary sheet (every party, its net, the total) and then a sheet per party in run order. */
  static void write(RunDocument run, Instant generatedAt, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, APPLICATION, APPLICATION_VERSION);
    Set<String> names = new HashSet<>();
    Worksheet summary = wb.newWorksheet(sheetName(StatementLabels.SUMMARY_SHEET, names));
    ZoneId zone = ZoneId.of(run.run().zone());
    int r = 0;
    title(summary, r++, StatementLabels.RUN_TITLE);
    r = pair(summary, r, StatementLabels.MALL, run.mallName() + " (" + run.run().mallCode() + ")");
    r = pair(summary, r, StatementLabels.PERIOD, StatementLabels.period(run.run()));
    r = pair(summary, r, StatementLabels.STATUS, StatementLabels.status(run.run().status()));
    r = pair(summary, r, StatementLabels.RUN, StatementLabels.run(run.run()));
    r = pair(summary, r, StatementLabels.DIGEST, run.run().digest());
    r = pair(summary, r, StatementLabels.GENERATED, StatementLabels.generated(generatedAt, zone));
    r++;
    header(
        summary,
        r++,
        StatementLabels.PARTY,
        StatementLabels.NAME,
        StatementLabels.PARTY_KIND,
        StatementLabels.LINES,
        StatementLabels.NET);
    BigDecimal total = BigDecimal.ZERO;
    for (StatementDocument s : run.statements()) {
      summary.value(r, 0, s.statement().party());
      summary.value(r, 1, s.partyName());
      summary.value(r, 2, StatementLabels.partyKind(s.statement().partyKind()));
      summary.value(r, 3, s.statement().lineCount());
      amount(summary, r, 4, s.statement().net());
      total = total.add(s.statement().net());
      r++;
    }
    summary.value(r, 0, StatementLabels.TOTAL);
    summary.style(r, 0).bold().set();
    amount(summary, r, 4, total);
    summary.style(r, 4).bold().format(AMOUNT_FORMAT).set();
    summary.width(0, 14);
    summary.width(1, 32);
    summary.width(2, 16);
    summary.width(3, 14);
    summary.width(4, 16);
    for (StatementDocument s : run.statements()) {
      statementSheet(wb.newWorksheet(sheetName(s.statement().party(), names)), s, generatedAt);
    }
    wb.finish();
  }

  private static void statementSheet(Worksheet ws, StatementDocument d, Instant generatedAt) {
    ZoneId zone = ZoneId.of(d.run().zone());
    int r = 0;
    title(ws, r++, StatementLabels.TITLE);
    r = pair(ws, r, StatementLabels.MALL, StatementLabels.mall(d));
    r = pair(ws, r, StatementLabels.PARTY, StatementLabels.party(d));
    r = pair(ws, r, StatementLabels.PERIOD, StatementLabels.period(d.run()));
    r =
        pair(
            ws,
            r,
            StatementLabels.STATUS,
            StatementLabels.status(d.run().status())
                + " | "
                + StatementLabels.statusNote(d.run().status()));
    r = pair(ws, r, StatementLabels.RUN, StatementLabels.run(d.run()));
    r = pair(ws, r, StatementLabels.DIGEST, d.run().digest());
    r = pair(ws, r, StatementLabels.GENERATED, StatementLabels.generated(generatedAt, zone));
    r =
        pair(
            ws,
            r,
            StatementLabels.BLOCK,
            d.statement().block().map(StatementXlsx::block).orElse("—"));
    ws.value(r++, 0, StatementLabels.SIGNS);
    r = HEADER_ROWS;
    header(
        ws,
        r++,
        StatementLabels.NO,
        StatementLabels.KIND_CODE,
        StatementLabels.KIND,
        StatementLabels.RATE_PERIOD,
        StatementLabels.POINTS,
        StatementLabels.RATE,
        StatementLabels.AMOUNT,
        StatementLabels.MINUTES,
        StatementLabels.MEMO);
    int no = 1;
    for (StatementLine l : d.lines()) {
      ws.value(r, 0, no++);
      ws.value(r, 1, l.kind().name());
      ws.value(r, 2, StatementLabels.line(l, zone));
      ws.value(r, 3, StatementLabels.ratePeriod(l, zone));
      ws.value(r, 4, l.points());
      ws.style(r, 4).format(POINTS_FORMAT).set();
      if (l.rate() != null) {
        ws.value(r, 5, l.rate());
        ws.style(r, 5).format(RATE_FORMAT).set();
      }
      amount(ws, r, 6, l.amount());
      // a parking line's minutes, a memo line's CNY: columns after the amount, so those stay put
      if (l.minutes() != null) {
        amount(ws, r, 7, l.minutes());
      }
      if (l.memo() != null) {
        amount(ws, r, 8, l.memo());
      }
      r++;
    }
    ws.value(r, 1, StatementLabels.NET_CODE);
    ws.value(r, 2, StatementLabels.NET);
    ws.style(r, 2).bold().set();
    amount(ws, r, 6, d.statement().net());
    ws.style(r, 6).bold().format(AMOUNT_FORMAT).set();
    ws.freezePane(0, HEADER_ROWS + 1);
    ws.width(0, 22);
    ws.width(1, 24);
    ws.width(2, 34);
    ws.width(3, 26);
    ws.width(4, 14);
    ws.width(5, 16);
    ws.width(6, 18);
    ws.width(7, 16);
    ws.width(8, 16);
  }

  static String block(BlockMovement m) {
    return "期初 opening "
        + m.opening()
        + " | 购入 purchased "
        + m.purchased()
        + " | 抵扣 drawn "
        + m.drawn()
        + " | 期末 closing "
        + m.closing()
        + " | 透支 overdraft "
        + m.overdraft();
  }

  static void title(Worksheet ws, int r, String text) {
    ws.value(r, 0, text);
    ws.style(r, 0).bold().fontSize(14).set();
  }

  static int pair(Worksheet ws, int r, String label, String value) {
    ws.value(r, 0, label);
    ws.style(r, 0).bold().set();
    ws.value(r, 1, value);
    return r + 1;
  }

  static void header(Worksheet ws, int r, String... labels) {
    for (int c = 0; c < labels.length; c++) {
      ws.value(r, c, labels[c]);
      ws.style(r, c).bold().wrapText(true).set();
    }
  }

  static void amount(Worksheet ws, int r, int c, BigDecimal amount) {
    ws.value(r, c, amount);
    ws.style(r, c).format(AMOUNT_FORMAT).set();
  }

  /**
   * A sheet name Excel accepts (at most 31 characters, none of {@code []:*?/\}) and unique in the
   * workbook: a party's code as it is, in practice.
   */
  static String sheetName(String wanted, Set<String> taken) {
    String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_");
    if (base.length() > 31) {
      base = base.substring(0, 31);
    }
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
      String suffix = "~" + n;
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    return name;
  }
}
