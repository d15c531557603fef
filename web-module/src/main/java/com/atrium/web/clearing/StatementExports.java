package com.atrium.web.clearing;

import com.atrium.clearing.PeriodKind;
import com.atrium.clearing.RunDocument;
import com.atrium.clearing.RunView;
import com.atrium.clearing.StatementDocument;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The one way to turn a clearing statement, or a whole run, into a file (docs/clearing.md,
 * "Exports"). An endpoint that may hand out a statement asks its service for the {@link
 * StatementDocument} (which decides who may see it) and answers {@link #download(StatementDocument,
 * ExportFormat, Instant)}: the bytes, their media type and a file name such as {@code
 * XH-2026-11-FA001.pdf}.
 *
 * <p>The file is rendered whole before it is sent, so that a failure is an error answer rather than
 * a cut-off file, and the answer carries its length.
 */
public final class StatementExports {

  private StatementExports() {}

  /** The statement rendered as the format asks, {@code generatedAt} printed on it. */
  public static byte[] render(StatementDocument d, ExportFormat format, Instant generatedAt) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      switch (format) {
        case CSV -> StatementCsv.write(d, out);
        case XLSX -> StatementXlsx.write(d, generatedAt, out);
        case PDF -> StatementPdf.write(d, generatedAt, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The run as one XLSX: a summary sheet and a sheet per party. */
  public static byte[] render(RunDocument run, Instant generatedAt) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      StatementXlsx.write(run, generatedAt, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** {@code XH-2026-11-FA001.pdf}: mall, period (a month, or a day 2026-11-05), party. */
  public static String fileName(StatementDocument d, ExportFormat format) {
    return fileName(d.run(), d.statement().party(), format);
  }

  /**
   * The same name for a party's statement of a run, for a page that offers the file before it is
   * rendered (the name it offers is the name the download carries).
   */
  public static String fileName(RunView run, String party, ExportFormat format) {
    return fileName(run.mallCode(), run.periodKind(), run.periodStart(), party, format);
  }

  /** The same name from the facts a tenant's statement carries (mall, period, party). */
  public static String fileName(
      String mallCode, PeriodKind kind, LocalDate periodStart, String party, ExportFormat format) {
    return safe(mallCode + "-" + StatementLabels.periodForFileName(kind, periodStart) + "-" + party)
        + "."
        + format.extension();
  }

  /** {@code XH-2026-11.xlsx}. */
  public static String fileName(RunDocument run) {
    return fileName(run.run());
  }

  /** The run's workbook's name, {@code XH-2026-11.xlsx}, from the run alone. */
  public static String fileName(RunView run) {
    return safe(run.mallCode() + "-" + StatementLabels.periodForFileName(run))
        + "."
        + ExportFormat.XLSX.extension();
  }

  /** The statement as a download: rendered, typed, named. */
  public static Response download(StatementDocument d, ExportFormat format, Instant generatedAt) {
    return file(render(d, format, generatedAt), format, fileName(d, format));
  }

  /** The run as a download: one XLSX. */
  public static Response download(RunDocument run, Instant generatedAt) {
    return file(render(run, generatedAt), ExportFormat.XLSX, fileName(run));
  }

  private static Response file(byte[] bytes, ExportFormat format, String name) {
    return attachment(Response.ok(bytes, format.mediaType()), name, bytes.length);
  }

  /** A file answer of every export: named, its length given, kept in no shared cache. */
  static Response attachment(Response.ResponseBuilder ok, String name, long length) {
    return ok.header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Content-Length", length)
        // a statement is money: no shared cache keeps a copy
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /** Codes are letters, digits and hyphens; anything else would be a header injection risk. */
  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
