package com.atrium.web.clearing;

import com.atrium.clearing.StatementDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * How long the PDF of a long statement takes to render (issue 9's goal: the largest statement in
 * under 2 s). A measurement, not a test: {@code bench/statement-pdf [lines]} runs it. Renders once
 * cold (the JVM and fonts as a fresh server has them), then a few times warm, and prints the wall
 * time and the CPU time of the rendering thread: on a shared machine the wall time moves with
 * whatever else runs, the CPU time hardly does.
 */
public final class StatementPdfTiming {

  private StatementPdfTiming() {}

  public static void main(String[] args) {
    int lines = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    StatementDocument d = Statements.long_(lines);
    long[] cold = render(d);
    System.out.printf("cold: %d ms (CPU %d ms)%n", cold[0], cold[1]);
    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
    for (int i = 0; i < warm; i++) {
      long[] t = render(d);
      System.out.printf("warm: %d ms (CPU %d ms)%n", t[0], t[1]);
      best[0] = Math.min(best[0], t[0]);
      best[1] = Math.min(best[1], t[1]);
    }
    byte[] pdf = StatementExports.render(d, ExportFormat.PDF, Statements.GENERATED);
    System.out.printf(
        "statement PDF: %d lines, %d bytes; cold %d ms (CPU %d ms), best warm %d ms (CPU %d ms)%n",
        lines, pdf.length, cold[0], cold[1], best[0], best[1]);
  }

  /** Wall and CPU milliseconds of one rendering. */
  private static long[] render(StatementDocument d) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    StatementExports.render(d, ExportFormat.PDF, Statements.GENERATED);
    return new long[] {
      (System.nanoTime() - wall) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000
    };
  }
}
