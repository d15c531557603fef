package com.atrium.portal.lists;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A list written as a file, row by row, as it is read: nothing holds more than the row at hand
 * (fastexcel flushes its sheet as it goes). CSV is what Excel opens as it is: UTF-8 with a byte
 * order mark (else Excel reads Chinese as the system code page), RFC 4180 quoting and line ends. In
 * both formats a text that begins like a formula ({@code = + - @}, tab, carriage return) is
 * prefixed with an apostrophe, so a name typed into Atrium never runs as one in the spreadsheet;
 * numbers are written as numbers.
 */
public final class TableFile {

  /** The formats of an export, with their content type and file extension. */
  public enum Format {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public final String contentType;
    public final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }
  }

  /** Rows of one table; closing it ends the file (not the stream's owner's stream). */
  public interface Sheet extends AutoCloseable {
    void row(List<?> cells) throws IOException;

    @Override
    void close() throws IOException;
  }

  static final char BOM = '\uFEFF';

  /** Rows between two flushes of an XLSX sheet: what a sheet holds in memory at most. */
  static final int XLSX_FLUSH_ROWS = 500;

  private TableFile() {}

  /** Starts a file of {@code format} on {@code out} with its header row. */
  public static Sheet open(Format format, OutputStream out, String title, List<String> headers)
      throws IOException {
    Sheet sheet = format == Format.CSV ? csv(out) : xlsx(out, title);
    sheet.row(headers);
    return sheet;
  }

  static Sheet csv(OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(BOM);
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    return new Sheet() {
      @Override
      public void row(List<?> cells) throws IOException {
        for (Object cell : cells) {
          printer.print(cell instanceof Number ? cell : guarded(cell));
        }
        printer.println();
      }

      @Override
      public void close() throws IOException {
        printer.flush();
      }
    };
  }

  static Sheet xlsx(OutputStream out, String title) {
    Workbook workbook = new Workbook(out, "Atrium", "1.0");
    Worksheet ws = workbook.newWorksheet(sheetName(title));
    return new Sheet() {
      private int r;

      @Override
      public void row(List<?> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
          Object v = cells.get(c);
          if (v instanceof Number n) {
            ws.value(r, c, n);
          } else if (v != null) {
            ws.value(r, c, guarded(v));
          }
          if (r == 0) {
            ws.style(r, c).bold().set();
          }
        }
        if (++r % XLSX_FLUSH_ROWS == 0) {
          ws.flush();
        }
      }

      @Override
      public void close() throws IOException {
        workbook.finish();
      }
    };
  }

  /** A text cell that cannot run as a formula. */
  static String guarded(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString();
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + text
        : text;
  }

  /** A sheet name Excel accepts: at most 31 characters, none of {@code []:*?/\}. */
  static String sheetName(String title) {
    String name =
        title == null || title.isBlank() ? "Atrium" : title.replaceAll("[\\[\\]:*?/\\\\]", " ");
    return name.length() > 31 ? name.substring(0, 31) : name;
  }
}
