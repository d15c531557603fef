package com.atrium.web.clearing;

import com.atrium.clearing.LineDocument;
import com.atrium.clearing.StatementLine;
import com.atrium.web.clearing.DrillDownTable.Column;
import com.atrium.web.clearing.DrillDownTable.Figures;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A line's drill-down as CSV, as the statement's CSV is written ({@link StatementCsv}: UTF-8 with a
 * byte order mark, RFC 4180, a bilingual header): every row names the mall, period, party, line
 * number and kind, so that files can be put together; then the item's columns, then its part of the
 * line's points, CNY, parking minutes and memo CNY; a last row {@code TOTAL} sums the parts. Times
 * are the mall's, to the second. A text that came from outside (a receipt number, a partner's
 * transaction id) and would start a formula is prefixed with an apostrophe.
 */
final class DrillDownCsv implements DrillDownWriter {

  static final String TOTAL_CODE = "TOTAL";
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final CSVPrinter csv;
  private final ZoneId zone;
  private final List<Object> prefix;
  private final String mall;
  private final String period;
  private final String party;
  private final int number;
  private final int columns;

  DrillDownCsv(LineDocument d, DrillDownTable<?> table, OutputStream out) throws IOException {
    zone = ZoneId.of(d.run().zone());
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(StatementCsv.BOM);
    csv = new CSVPrinter(w, CSVFormat.RFC4180);
    List<Object> header = new ArrayList<>();
    header.add(StatementLabels.MALL);
    header.add("期间起 Period start");
    header.add(StatementLabels.PARTY);
    header.add("行序号 Line no.");
    header.add(StatementLabels.KIND_CODE);
    header.add(StatementLabels.KIND);
    for (Column c : table.columns) {
      header.add(c.time() ? c.label() + " (" + zone.getId() + ")" : c.label());
    }
    header.add(StatementLabels.POINTS);
    header.add(StatementLabels.AMOUNT);
    header.add(StatementLabels.MINUTES);
    header.add(StatementLabels.MEMO);
    csv.printRecord(header);
    StatementLine line = d.line().line();
    mall = d.run().mallCode();
    period = d.run().periodStart().toString();
    party = d.statement().party();
    number = d.line().number();
    prefix =
        List.of(mall, period, party, number, line.kind().name(), StatementLabels.line(line, zone));
    columns = table.columns.size();
  }

  @Override
  public void item(List<Object> cells, Figures part) throws IOException {
    List<Object> row = new ArrayList<>(prefix);
    for (Object cell : cells) {
      row.add(text(cell));
    }
    figures(row, part);
    csv.printRecord(row);
  }

  @Override
  public void total(Figures total) throws IOException {
    List<Object> row = new ArrayList<>(List.of(mall, period, party, number, TOTAL_CODE));
    row.add(StatementLabels.TOTAL);
    for (int c = 0; c < columns; c++) {
      row.add("");
    }
    figures(row, total);
    csv.printRecord(row);
    csv.flush();
  }

  private static void figures(List<Object> row, Figures f) {
    row.add(f.points() == null ? "" : f.points());
    row.add(plain(f.amount()));
    row.add(plain(f.minutes()));
    row.add(plain(f.memo()));
  }

  private static String plain(BigDecimal figure) {
    return figure == null ? "" : figure.toPlainString();
  }

  private String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Instant at) {
      return LOCAL.format(LocalDateTime.ofInstant(at, zone));
    }
    if (cell instanceof BigDecimal figure) {
      return figure.toPlainString();
    }
    if (cell instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return cell.toString();
  }
}
