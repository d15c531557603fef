package com.atrium.report;

import java.math.BigDecimal;
import java.util.List;

/** The operator's figures at a glance; "today" and "this month" are in the mall's zone. */
public record Dashboard(
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
