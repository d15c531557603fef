package com.atrium.web.clearing;

import com.atrium.clearing.StatementDocument;
import com.atrium.clearing.StatementLine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A statement as CSV that Excel opens as it is: UTF-8 with a byte order mark (else Excel in China
 * reads the Chinese as GBK), RFC 4180, a bilingual header row, one row per line in the statement's
 * order and a last row {@code NET} with the statement's net; a parking line's minutes and a memo
 * line's CNY in the last two columns (empty on other lines). Every row names the mall, period and
 * party, so that files of several statements can be put together. Figures in plain notation (points
 * whole, rates as stored, amounts with 2 decimals); rate periods as the mall's local times, {@code
 * from} included and {@code to} not. No cell holds text typed by a person, so none can start a
 * formula.
 */
final class StatementCsv {

  static final char BOM = '\uFEFF';
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private StatementCsv() {}

  static void write(StatementDocument d, OutputStream out) throws IOException {
    ZoneId zone = ZoneId.of(d.run().zone());
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(BOM);
    CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180);
    csv.printRecord(
        StatementLabels.MALL,
        "期间起 Period start",
        StatementLabels.PARTY,
        StatementLabels.NO,
        StatementLabels.KIND_CODE,
        StatementLabels.KIND,
        StatementLabels.RATE_FROM + " (" + zone.getId() + ")",
        StatementLabels.RATE_TO + " (" + zone.getId() + ", excl.)",
        StatementLabels.POINTS,
        StatementLabels.RATE,
        StatementLabels.AMOUNT,
        StatementLabels.MINUTES,
        StatementLabels.MEMO);
    String mall = d.run().mallCode();
    String period = d.run().periodStart().toString();
    String party = d.statement().party();
    int no = 1;
    for (StatementLine l : d.lines()) {
      csv.printRecord(
          mall,
          period,
          party,
          no++,
          l.kind().name(),
          StatementLabels.line(l, zone),
          local(l.from(), zone),
          local(l.to(), zone),
          l.points(),
          l.rate() == null ? "" : l.rate().toPlainString(),
          l.amount().toPlainString(),
          l.minutes() == null ? "" : l.minutes().toPlainString(),
          l.memo() == null ? "" : l.memo().toPlainString());
    }
    csv.printRecord(
        mall,
        period,
        party,
        "",
        StatementLabels.NET_CODE,
        StatementLabels.NET,
        "",
        "",
        "",
        "",
        d.statement().net().toPlainString(),
        "",
        "");
    csv.flush();
  }

  private static String local(Instant at, ZoneId zone) {
    return LOCAL.format(LocalDateTime.ofInstant(at, zone));
  }
}
