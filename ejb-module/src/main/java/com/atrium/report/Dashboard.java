package com.atrium.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * The operator's figures at a glance, for one mall ({@code mallId}) or the group (null); "today"
 * and "this month" are in the operator's zone. Members are counted group-wide.
 */
public record Dashboard(
    Long mallId,
    long members,
    long newMembersToday,
    long salesToday,
    BigDecimal salesAmountToday,
    long pointsIssuedToday,
    long pointsIssuedThisMonth,
    List<DailyFigure> last30Days) {

  public Dashboard {
    last30Days = List.copyOf(last30Days);
  }
}
