package com.atrium.report;

import com.atrium.report.DashboardRange.Preset;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A dashboard over a range of days ({@code range}, in {@code zone}) for one mall ({@code mallId})
 * or the group (null), broken down {@code by} mall, category or tenant. The total's counts of
 * points, sales and new members are the sums of the rows; its active members are counted once
 * however many rows they appear in.
 */
public record RangeFigures(
    Long mallId,
    ZoneId zone,
    DashboardRange range,
    Breakdown by,
    Figures total,
    List<Row> rows,
    List<DailyFigure> days) {

  public RangeFigures {
    rows = List.copyOf(rows);
    days = List.copyOf(days);
  }

  /** What the rows stand for. */
  public enum Breakdown {
    MALL,
    CATEGORY,
    TENANT
  }

  /** The figures of a range, for one row or the total. */
  public record Figures(
      long pointsIssued,
      long pointsRedeemed,
      long pointsExpired,
      long activeMembers,
      long newMembers,
      long sales,
      BigDecimal salesAmount) {

    static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, BigDecimal.ZERO.setScale(2));

    boolean isEmpty() {
      return equals(NONE);
    }
  }

  /**
   * One row: a mall's code, a category's name or a tenant's code ({@code key}) and name ({@code
   * name}: the mall's or tenant's; the category's name for a category); {@code key} null is what no
   * tenant did (grants, rewards of the operator's stock, exchanges with partners, members who
   * registered outside a till).
   */
  public record Row(String key, String name, Figures figures) {}

  public Preset preset() {
    return range.preset();
  }

  public LocalDate first() {
    return range.first();
  }

  public LocalDate last() {
    return range.last();
  }
}
