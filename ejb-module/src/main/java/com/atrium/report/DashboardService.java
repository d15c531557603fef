package com.atrium.report;

import com.atrium.earning.SaleFigures;
import com.atrium.ledger.LedgerTotals;
import com.atrium.member.MemberFigures;
import com.atrium.platform.Clock;
import com.atrium.report.RangeFigures.Breakdown;
import com.atrium.report.RangeFigures.Figures;
import com.atrium.report.RangeFigures.Row;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
  @EJB TenantService tenants;
  @EJB MallRegistry malls;
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

  /**
   * The figures of a range of days in the mall's zone (the operator's for the group), for one mall
   * ({@code mallId}) or the group (null), per mall, category or tenant: one aggregate query per
   * context, and one count of active members per row when rows are malls or categories. A one-mall
   * operator always gets their own mall's; the group's rows include what no tenant did.
   */
  public RangeFigures range(
      DashboardRange.Preset preset, LocalDate from, LocalDate to, Breakdown by, Long mallId) {
    Long mall = caller.mallId().orElse(mallId);
    Map<Long, MallSummary> mallsById = new HashMap<>();
    malls.malls().forEach(m -> mallsById.put(m.id(), m));
    ZoneId zone =
        mall == null || !mallsById.containsKey(mall)
            ? configuration.zone()
            : configuration.zoneOf(mallsById.get(mall).code());
    DashboardRange range =
        DashboardRange.of(preset, clock.now().atZone(zone).toLocalDate(), from, to);
    Instant start = range.from(zone);
    Instant end = range.to(zone);
    Map<Long, TenantView> seen = tenants.viewsIn(mall);
    boolean group = mall == null;

    // the row of each tenant (null: what no tenant did, the group's only)
    Map<Long, String> keyOf = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (TenantView t : seen.values()) {
      String key =
          switch (by) {
            case MALL -> mallsById.containsKey(t.mallId()) ? mallsById.get(t.mallId()).code() : "#";
            case CATEGORY -> t.category().name();
            case TENANT -> t.code();
          };
      keyOf.put(t.id(), key);
      names.put(
          key,
          switch (by) {
            case MALL -> mallsById.containsKey(t.mallId()) ? mallsById.get(t.mallId()).name() : "#";
            case CATEGORY -> t.category().name();
            case TENANT -> t.name();
          });
    }
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, BigDecimal> amounts = new HashMap<>();
    // index: 0 issued, 1 redeemed, 2 expired, 3 active, 4 new, 5 sales
    for (LedgerTotals.Movement m : ledger.movements(start, end)) {
      long[] c = counts(m.tenantId(), keyOf, group, counts);
      if (c != null) {
        c[0] += m.issued();
        c[1] += m.redeemed();
        c[2] += m.expired();
      }
    }
    for (Map.Entry<Long, Long> r : members.registeredBetween(start, end).entrySet()) {
      long[] c = counts(r.getKey(), keyOf, group, counts);
      if (c != null) {
        c[4] += r.getValue();
      }
    }
    for (SaleFigures.TenantTotals s : sales.between(start, end, mall)) {
      long[] c = counts(s.tenantId(), keyOf, group, counts);
      if (c != null) {
        c[5] += s.sales();
        amounts.merge(keyOf.get(s.tenantId()), s.amount(), BigDecimal::add);
      }
    }
    Map<Long, Long> activePerTenant = ledger.activeMembersPerTenant(start, end);
    for (Map.Entry<Long, Long> a : activePerTenant.entrySet()) {
      if (by == Breakdown.TENANT || a.getKey() == null) {
        long[] c = counts(a.getKey(), keyOf, group, counts);
        if (c != null) {
          c[3] = a.getValue();
        }
      }
    }
    if (by != Breakdown.TENANT) {
      // a member active at two tenants of one mall or category is one active member of it
      Map<String, List<Long>> tenantsOf = new HashMap<>();
      keyOf.forEach((t, k) -> tenantsOf.computeIfAbsent(k, x -> new ArrayList<>()).add(t));
      for (Map.Entry<String, long[]> row : counts.entrySet()) {
        if (row.getKey() != null
            && tenantsOf.get(row.getKey()).stream().anyMatch(activePerTenant::containsKey)) {
          row.getValue()[3] = ledger.activeMembers(start, end, tenantsOf.get(row.getKey()));
        }
      }
    }

    List<Row> rows = new ArrayList<>();
    counts.forEach(
        (key, c) -> {
          Figures f =
              new Figures(
                  c[0],
                  c[1],
                  c[2],
                  c[3],
                  c[4],
                  c[5],
                  amounts.getOrDefault(key, BigDecimal.ZERO).setScale(2));
          if (!f.isEmpty()) {
            rows.add(new Row(key, key == null ? null : names.get(key), f));
          }
        });
    rows.sort(
        Comparator.comparing(Row::key, Comparator.nullsLast(Comparator.<String>naturalOrder())));
    long active = ledger.activeMembers(start, end, group ? null : seen.keySet());
    Figures total =
        new Figures(
            rows.stream().mapToLong(r -> r.figures().pointsIssued()).sum(),
            rows.stream().mapToLong(r -> r.figures().pointsRedeemed()).sum(),
            rows.stream().mapToLong(r -> r.figures().pointsExpired()).sum(),
            active,
            rows.stream().mapToLong(r -> r.figures().newMembers()).sum(),
            rows.stream().mapToLong(r -> r.figures().sales()).sum(),
            rows.stream()
                .map(r -> r.figures().salesAmount())
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));

    Map<LocalDate, SaleFigures.Day> byDay =
        sales.perDayBetween(start, end, zone, mall).stream()
            .collect(Collectors.toMap(SaleFigures.Day::day, Function.identity()));
    List<DailyFigure> days = new ArrayList<>();
    for (LocalDate d = range.first(); !d.isAfter(range.last()); d = d.plusDays(1)) {
      SaleFigures.Day day = byDay.get(d);
      days.add(
          day == null
              ? new DailyFigure(d, 0, BigDecimal.ZERO.setScale(2), 0)
              : new DailyFigure(d, day.sales(), day.amount(), day.points()));
    }
    return new RangeFigures(mall, zone, range, by, total, rows, days);
  }

  /**
   * The counters of a tenant's row, made on first use; none (null) for a tenant the caller does not
   * see, and for what no tenant did unless the figures are the group's.
   */
  private static long[] counts(
      Long tenantId, Map<Long, String> keyOf, boolean group, Map<String, long[]> counts) {
    if (tenantId == null ? !group : !keyOf.containsKey(tenantId)) {
      return null;
    }
    return counts.computeIfAbsent(tenantId == null ? null : keyOf.get(tenantId), k -> new long[6]);
  }
}
