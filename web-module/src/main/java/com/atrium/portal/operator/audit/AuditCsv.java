package com.atrium.portal.operator.audit;

import com.atrium.audit.AuditRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes audit records as CSV that Excel opens as it is: UTF-8 with a byte order mark (else Excel
 * reads Chinese as the system code page), RFC 4180 quoting, times in the mall's zone. A cell that
 * begins like a formula is prefixed with an apostrophe, so a name typed into Atrium never runs as
 * one in the spreadsheet.
 */
public final class AuditCsv implements AutoCloseable {

  static final char BOM = '\uFEFF';
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final CSVPrinter printer;
  private final ZoneId zone;

  /** Starts the file: the byte order mark and the header row. */
  public AuditCsv(Writer out, ZoneId zone) throws IOException {
    this.zone = zone;
    out.write(BOM);
    this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
    printer.printRecord(
        "time (" + zone.getId() + ")",
        "actor",
        "action",
        "subject",
        "subject_id",
        "before",
        "after");
  }

  public void write(AuditRecord r) {
    try {
      printer.printRecord(
          TIME.format(r.at().atZone(zone)),
          cell(r.actor()),
          cell(r.action()),
          cell(r.subject()),
          cell(r.subjectId()),
          cell(r.before()),
          cell(r.after()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
