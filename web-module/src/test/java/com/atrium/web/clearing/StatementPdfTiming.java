package com.atrium.web.clearing;

import com.atrium.clearing.StatementDocument;
import java.time.Duration;
import java.time.Instant;

/**
 * How long the PDF of a long statement takes to render (issue 9's goal: the largest statement in
 * under 2 s). A measurement, not a test: {@code bench/statement-pdf [lines]} runs it. Renders once
 * cold (the JVM and fonts as a fresh server has them), then a few times warm, and prints each.
 */
public final class StatementPdfTiming {

  private StatementPdfTiming() {}

  public static void main(String[] args) {
    int lines = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    StatementDocument d = Statements.long_(lines);
    long cold = render(d);
    System.out.printf("cold: %d ms%n", cold);
    long best = Long.MAX_VALUE;
    for (int i = 0; i < warm; i++) {
      best = Math.min(best, render(d));
    }
    byte[] pdf = StatementExports.render(d, ExportFormat.PDF, Statements.GENERATED);
    System.out.printf(
        "statement PDF: %d lines, %d bytes, cold %d ms, warm best of %d %d ms%n",
        lines, pdf.length, cold, warm, best);
  }

  private static long render(StatementDocument d) {
    Instant start = Instant.now();
    StatementExports.render(d, ExportFormat.PDF, Statements.GENERATED);
    return Duration.between(start, Instant.now()).toMillis();
  }
}
