package com.atrium.web.clearing;

import com.atrium.clearing.LineDocument;
import com.atrium.clearing.StatementLine;
import com.atrium.platform.DomainException;
import com.atrium.web.clearing.DrillDownTable.Column;
import com.atrium.web.clearing.DrillDownTable.Figures;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A line's drill-down as an XLSX sheet: what the line is (mall, party, period, status, run, digest,
 * the line's number, kind, rate period and figures) above a table of its items and a last row
 * {@code TOTAL} summing their parts of the line's figures, written as figures (not formulas). Ids,
 * points and CNY are numbers, times the mall's. Rows are flushed to the stream as they are written,
 * so a drill-down of millions of items is never held in memory; a sheet holds at most {@link
 * Worksheet#MAX_ROWS} rows, and a longer drill-down is refused ({@code
 * DRILL_DOWN_TOO_LARGE_FOR_XLSX}: its CSV has no limit).
 */
final class DrillDownXlsx implements DrillDownWriter {

  /** What the sheet shows above its table; the table's header follows. */
  static final int HEADER_ROWS = 16;

  private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
  private static final String DATE_FORMAT = "yyyy-mm-dd";
  private static final int FLUSH_EVERY = 1000;

  private final Workbook wb;
  private final Worksheet ws;
  private final ZoneId zone;
  private final int columns;
  private final int maxRows;
  private int r = HEADER_ROWS + 1;

  /** The items a sheet of at most {@code maxRows} rows holds besides its header and total. */
  static long capacity(int maxRows) {
    return (long) maxRows - HEADER_ROWS - 2;
  }

  DrillDownXlsx(
      LineDocument d, DrillDownTable<?> table, Instant generatedAt, OutputStream out, int maxRows)
      throws IOException {
    this.maxRows = maxRows;
    zone = ZoneId.of(d.run().zone());
    columns = table.columns.size();
    wb = new Workbook(out, StatementXlsx.APPLICATION, StatementXlsx.APPLICATION_VERSION);
    ws =
        wb.newWorksheet(
            StatementXlsx.sheetName(
                d.statement().party() + "-L" + d.line().number(), new HashSet<>()));
    StatementLine line = d.line().line();
    int r = 0;
    StatementXlsx.title(ws, r++, "积分清算明细 Clearing Line Drill-down | " + table.title);
    r = StatementXlsx.pair(ws, r, StatementLabels.MALL, d.run().mallCode());
    r = StatementXlsx.pair(ws, r, StatementLabels.PARTY, d.statement().party());
    r = StatementXlsx.pair(ws, r, StatementLabels.PERIOD, StatementLabels.period(d.run()));
    r =
        StatementXlsx.pair(
            ws,
            r,
            StatementLabels.STATUS,
            StatementLabels.status(d.run().status())
                + " | "
                + StatementLabels.statusNote(d.run().status()));
    r = StatementXlsx.pair(ws, r, StatementLabels.RUN, StatementLabels.run(d.run()));
    r = StatementXlsx.pair(ws, r, StatementLabels.DIGEST, d.run().digest());
    r =
        StatementXlsx.pair(
            ws, r, StatementLabels.GENERATED, StatementLabels.generated(generatedAt, zone));
    r = StatementXlsx.pair(ws, r, "行序号 Line no.", "");
    ws.value(r - 1, 1, d.line().number());
    r = StatementXlsx.pair(ws, r, StatementLabels.KIND_CODE, line.kind().name());
    r = StatementXlsx.pair(ws, r, StatementLabels.KIND, StatementLabels.line(line, zone));
    r =
        StatementXlsx.pair(
            ws, r, StatementLabels.RATE_PERIOD, StatementLabels.ratePeriod(line, zone));
    r = figure(r, StatementLabels.POINTS, line.points());
    r = figure(r, StatementLabels.AMOUNT, line.amount());
    r = figure(r, StatementLabels.MINUTES, line.minutes());
    r = figure(r, StatementLabels.MEMO, line.memo());
    String[] labels = new String[columns + 4];
    for (int c = 0; c < columns; c++) {
      Column column = table.columns.get(c);
      labels[c] = column.time() ? column.label() + " (" + zone.getId() + ")" : column.label();
    }
    labels[columns] = StatementLabels.POINTS;
    labels[columns + 1] = StatementLabels.AMOUNT;
    labels[columns + 2] = StatementLabels.MINUTES;
    labels[columns + 3] = StatementLabels.MEMO;
    StatementXlsx.header(ws, HEADER_ROWS, labels);
    // fastexcel writes the sheet's panes and widths with its first rows: set them before a flush
    ws.freezePane(0, HEADER_ROWS + 1);
    ws.width(0, 30);
    ws.width(1, 24);
    for (int c = 2; c < columns + 4; c++) {
      ws.width(c, 20);
    }
  }

  /** The line's own figure beside its label, or a dash where the line has none. */
  private int figure(int r, String label, Object value) {
    StatementXlsx.pair(ws, r, label, value == null ? "—" : "");
    if (value instanceof Long points) {
      ws.value(r, 1, points);
      ws.style(r, 1).format(StatementXlsx.POINTS_FORMAT).set();
    } else if (value instanceof BigDecimal figure) {
      StatementXlsx.amount(ws, r, 1, figure);
    }
    return r + 1;
  }

  @Override
  public void item(List<Object> cells, Figures part) throws IOException {
    if (r >= maxRows - 1) {
      throw tooLarge(maxRows);
    }
    for (int c = 0; c < cells.size(); c++) {
      cell(c, cells.get(c));
    }
    figures(part);
    r++;
    if (r % FLUSH_EVERY == 0) {
      ws.flush();
    }
  }

  @Override
  public void total(Figures total) throws IOException {
    ws.value(r, 0, DrillDownCsv.TOTAL_CODE + " " + StatementLabels.TOTAL);
    ws.style(r, 0).bold().set();
    figures(total);
    for (int c = columns; c < columns + 4; c++) {
      ws.style(r, c)
          .bold()
          .format(c == columns ? StatementXlsx.POINTS_FORMAT : StatementXlsx.AMOUNT_FORMAT)
          .set();
    }
    wb.finish();
  }

  private void figures(Figures f) {
    if (f.points() != null) {
      ws.value(r, columns, f.points());
      ws.style(r, columns).format(StatementXlsx.POINTS_FORMAT).set();
    }
    amount(columns + 1, f.amount());
    amount(columns + 2, f.minutes());
    amount(columns + 3, f.memo());
  }

  private void amount(int c, BigDecimal figure) {
    if (figure != null) {
      StatementXlsx.amount(ws, r, c, figure);
    }
  }

  private void cell(int c, Object value) {
    if (value instanceof Instant at) {
      ws.value(r, c, LocalDateTime.ofInstant(at, zone));
      ws.style(r, c).format(DATE_TIME_FORMAT).set();
    } else if (value instanceof LocalDate day) {
      ws.value(r, c, day);
      ws.style(r, c).format(DATE_FORMAT).set();
    } else if (value instanceof BigDecimal figure) {
      StatementXlsx.amount(ws, r, c, figure);
    } else if (value instanceof Number n) {
      ws.value(r, c, n);
    } else if (value != null) {
      // inline: the workbook's shared strings would keep every distinct reference in memory
      ws.inlineString(r, c, value.toString());
    }
  }

  /** 409: the drill-down needs more rows than a sheet of {@code maxRows} holds. */
  static DomainException tooLarge(int maxRows) {
    return DomainException.conflict(
        "DRILL_DOWN_TOO_LARGE_FOR_XLSX",
        "The line's drill-down has more than "
            + capacity(maxRows)
            + " items, more than an XLSX sheet holds: download it as CSV, which has no limit");
  }
}
