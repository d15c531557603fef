package com.atrium.portal.operator.clearing;

import com.atrium.clearing.PeriodKind;
import com.atrium.clearing.RunView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the clearing pages write figures ({@code #{clearingFormat...}}): amounts as stored, with two
 * decimals and thousands grouped, never rounded again (a line is rounded once, by the service);
 * rates with their four decimals; periods and rate periods in the run's zone.
 */
@Named
@ApplicationScoped
public class ClearingFormat {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** CNY with two decimals, e.g. {@code -1,234.50}; empty for none. */
  public String amount(BigDecimal amount) {
    return amount == null ? "" : format("#,##0.00", amount, 2);
  }

  /** A rate per point with its four decimals; empty on the operator's lines, which have none. */
  public String rate(BigDecimal rate) {
    return rate == null ? "" : format("0.0000", rate, 4);
  }

  /** A percentage with at most two decimals, e.g. {@code 1.5} → {@code 1.50}. */
  public String percent(BigDecimal percent) {
    return percent == null ? "" : format("0.00", percent, 2);
  }

  /** Points with thousands grouped. */
  public String points(long points) {
    return format("#,##0", BigDecimal.valueOf(points), 0);
  }

  /** A run's period as the mall says it: {@code 2026-11} for a month, the day for a day. */
  public String period(RunView run) {
    return run.periodKind() == PeriodKind.MONTH
        ? MONTH.format(run.periodStart())
        : DAY.format(run.periodStart());
  }

  /** A period by its kind and first day, as {@link #period(RunView)} writes a run's. */
  public String period(PeriodKind kind, LocalDate start) {
    return kind == PeriodKind.MONTH ? MONTH.format(start) : DAY.format(start);
  }

  /** The first eight characters of a digest: enough to tell two computations apart by eye. */
  public String shortDigest(String digest) {
    return digest == null || digest.length() <= 8 ? digest : digest.substring(0, 8);
  }

  /**
   * An instant in the given zone: its day when it is a day's start (the ends of rate periods mostly
   * are), else day and time to the minute.
   */
  public String instant(Instant instant, String zone) {
    if (instant == null) {
      return "";
    }
    ZonedDateTime at = instant.atZone(ZoneId.of(zone));
    return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY.format(at) : MINUTE.format(at);
  }

  /** An instant to the minute in the given zone, e.g. when a run was started. */
  public String moment(Instant instant, String zone) {
    return instant == null ? "" : MINUTE.format(instant.atZone(ZoneId.of(zone)));
  }

  /** A journal entry's stored text in the user's language (LedgerTexts). */
  public String describe(String description) {
    return com.atrium.portal.LedgerTexts.describe(description);
  }

  /** True when the figure is below zero: the party owes the operator. */
  public boolean negative(BigDecimal amount) {
    return amount != null && amount.signum() < 0;
  }

  /** Never rounds: a figure with more decimals than the pattern shows is written in full. */
  private static String format(String pattern, BigDecimal value, int decimals) {
    if (value.stripTrailingZeros().scale() > decimals) {
      return value.toPlainString();
    }
    DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setParseBigDecimal(true);
    return f.format(value);
  }
}
