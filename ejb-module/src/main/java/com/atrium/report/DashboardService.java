package com.atrium.report;

import com.atrium.earning.SaleFigures;
import com.atrium.ledger.LedgerTotals;
import com.atrium.member.MemberFigures;
import com.atrium.platform.Clock;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The operator dashboard, composed from the set-based figures of the contexts that own the rows:
 * members' counts, sales' totals per day and the ledger's credits, one aggregate query each.
 */
@Stateless
@RolesAllowed({
  Roles.OPERATOR_ADMIN,
  Roles.OPERATOR_MARKETING,
  Roles.OPERATOR_FINANCE,
  Roles.OPERATOR_SERVICE
})
public class DashboardService {

  @EJB MemberFigures members;
  @EJB SaleFigures sales;
  @EJB LedgerTotals ledger;
  @Inject MallConfiguration configuration;
  @Inject Clock clock;
  @Inject CurrentCaller caller;

  /** The group's figures, or the caller's mall's for a one-mall operator. */
  public Dashboard dashboard() {
    return dashboard(null);
  }

  /**
   * One mall's figures ({@code mallId}), or the group's (null). A one-mall operator always gets
   * their own mall's, whatever they ask for. Members are the operator's and counted group-wide.
   */
  public Dashboard dashboard(Long mallId) {
    Long mall = caller.mallId().orElse(mallId);
    ZoneId zone = configuration.zone();
    LocalDate today = clock.now().atZone(zone).toLocalDate();
    Instant startOfToday = today.atStartOfDay(zone).toInstant();
    Instant startOfMonth = today.withDayOfMonth(1).atStartOfDay(zone).toInstant();
    LocalDate firstDay = today.minusDays(29);
    Instant start30 = firstDay.atStartOfDay(zone).toInstant();

    MemberFigures.Counts counts = members.counts(startOfToday);
    SaleFigures.Totals salesToday = sales.since(startOfToday, mall);
    // the group's points issued are the ledger's credits to members; a mall's are its sales'
    // points: every credit at a tenant is a sale's, of the same points at the same time, and a
    // grant is at no mall
    long pointsToday =
        mall == null ? ledger.creditedToMembersSince(startOfToday) : salesToday.points();
    long pointsMonth =
        mall == null
            ? ledger.creditedToMembersSince(startOfMonth)
            : sales.since(startOfMonth, mall).points();

    Map<LocalDate, SaleFigures.Day> byDay =
        sales.perDaySince(start30, zone, mall).stream()
            .collect(Collectors.toMap(SaleFigures.Day::day, Function.identity()));
    List<DailyFigure> last30 = new ArrayList<>();
    for (LocalDate d = firstDay; !d.isAfter(today); d = d.plusDays(1)) {
      SaleFigures.Day day = byDay.get(d);
      last30.add(
          day == null
              ? new DailyFigure(d, 0, BigDecimal.ZERO.setScale(2), 0)
              : new DailyFigure(d, day.sales(), day.amount(), day.points()));
    }
    return new Dashboard(
        mall,
        counts.members(),
        counts.registeredSince(),
        salesToday.sales(),
        salesToday.amount(),
        pointsToday,
        pointsMonth,
        last30);
  }
}
