package com.atrium.clearing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a statement: {@code points} of one kind booked in {@code [from, to)}, priced at
 * {@code rate} (CNY per point; null on the operator's lines, which are sums of other lines), and
 * its {@code amount} in CNY at scale 2, positive when the operator owes the party; {@code trace}
 * counts the journal entries behind it (on a parking line: the parking settlements), and an
 * adjustment line names what it {@code adjusts} (null on every other line). A parking line has the
 * free {@code minutes} it charges (null on every other line); a memo line ({@link LineKind#memo})
 * has amount 0.00 and the CNY it records in {@code memo} (null on every other line).
 */
public record StatementLine(
    LineKind kind,
    Instant from,
    Instant to,
    long points,
    BigDecimal rate,
    BigDecimal amount,
    LineTrace trace,
    Adjustment adjusts,
    BigDecimal minutes,
    BigDecimal memo) {

  public StatementLine {
    Objects.requireNonNull(trace, "trace");
  }

  /** A line of points (no minutes, no memo). */
  public StatementLine(
      LineKind kind,
      Instant from,
      Instant to,
      long points,
      BigDecimal rate,
      BigDecimal amount,
      LineTrace trace,
      Adjustment adjusts) {
    this(kind, from, to, points, rate, amount, trace, adjusts, null, null);
  }

  /** A line made by hand, with no entries traced behind it. */
  public StatementLine(
      LineKind kind, Instant from, Instant to, long points, BigDecimal rate, BigDecimal amount) {
    this(kind, from, to, points, rate, amount, LineTrace.NONE, null);
  }

  /** How many journal entries are behind the line. */
  public long entries() {
    return trace.entries();
  }
}
