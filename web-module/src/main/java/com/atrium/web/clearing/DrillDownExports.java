package com.atrium.web.clearing;

import com.atrium.clearing.LineDocument;
import com.atrium.web.clearing.DrillDownTable.Figures;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/**
 * The one way to turn a statement line's drill-down into a file (docs/clearing.md, "Exports"): an
 * endpoint asks its service for the {@link LineDocument} (which decides who may see the line) and
 * answers {@link #download} with the table of the line's kind of drill-down and that same service's
 * pages of it. The pages are walked by the keyset ({@code after} the last item's id), {@link #PAGE}
 * items at a time, and written to a temporary file as they come: a drill-down of millions of items
 * is never held in memory, and the file is whole before it is sent, so a failure half-way is an
 * error answer rather than a cut-off file.
 */
public final class DrillDownExports {

  /** Items asked for at a time: the most a drill-down's page gives. */
  static final int PAGE = 200;

  private DrillDownExports() {}

  /** A drill-down's pages as its service answers them: the items after the key, at most limit. */
  @FunctionalInterface
  public interface Pages<T> {
    List<T> after(long after, int limit);
  }

  /**
   * The drill-down as a download: rendered whole to a temporary file, typed, named {@code
   * XH-2026-11-FA001-L3.csv}; the file is gone once opened for sending.
   */
  public static <T> Response download(
      LineDocument d,
      DrillDownTable<T> table,
      Pages<T> pages,
      ExportFormat format,
      Instant generatedAt) {
    Path file;
    try {
      file = Files.createTempFile("atrium-drill-down-", "." + format.extension());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long size;
    InputStream content;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
        render(d, table, pages, format, generatedAt, out, Worksheet.MAX_ROWS);
      }
      size = Files.size(file);
      content = Files.newInputStream(file);
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException(e);
    } catch (RuntimeException | Error e) {
      delete(file);
      throw e;
    }
    // removed now where the system lets an open file go (POSIX): nothing is left behind even
    // when no body is ever written (a HEAD request, a client gone); elsewhere once it is sent
    boolean removed = delete(file);
    StreamingOutput body =
        out -> {
          try (content) {
            content.transferTo(out);
          } finally {
            if (!removed) {
              delete(file);
            }
          }
        };
    return StatementExports.attachment(
        Response.ok(body, format.mediaType()), fileName(d, format), size);
  }

  /**
   * Writes the drill-down as CSV or XLSX (a sheet of at most {@code maxRows} rows; a longer one is
   * refused before its first page is read when the line's count already says so).
   */
  static <T> void render(
      LineDocument d,
      DrillDownTable<T> table,
      Pages<T> pages,
      ExportFormat format,
      Instant generatedAt,
      OutputStream out,
      int maxRows)
      throws IOException {
    DrillDownWriter writer =
        switch (format) {
          case CSV -> new DrillDownCsv(d, table, out);
          case XLSX -> {
            if (table.countsItems
                && d.line().traced()
                && d.line().line().entries() > DrillDownXlsx.capacity(maxRows)) {
              throw DrillDownXlsx.tooLarge(maxRows);
            }
            yield new DrillDownXlsx(d, table, generatedAt, out, maxRows);
          }
          case PDF -> throw new IllegalArgumentException("a drill-down is exported as CSV or XLSX");
        };
    Figures total = table.zero.apply(d);
    long after = 0;
    List<T> page;
    do {
      page = pages.after(after, PAGE);
      for (T item : page) {
        Figures part = table.part.apply(d, item);
        writer.item(table.cells.apply(item), part);
        total = total.plus(part);
        after = table.key.applyAsLong(item);
      }
    } while (page.size() == PAGE);
    writer.total(total);
  }

  /** {@code XH-2026-11-FA001-L3.csv}: the statement's name and the line's number. */
  public static String fileName(LineDocument d, ExportFormat format) {
    return StatementExports.fileName(
        d.run(), lineParty(d.statement().party(), d.line().number()), format);
  }

  /** The party part of a line's file name, {@code FA001-L3}. */
  static String lineParty(String party, int lineNumber) {
    return party + "-L" + lineNumber;
  }

  /** Whether the file is gone; when not, the temporary folder is the system's to clean. */
  private static boolean delete(Path file) {
    try {
      Files.deleteIfExists(file);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
