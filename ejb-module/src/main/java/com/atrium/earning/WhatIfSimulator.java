package com.atrium.earning;

import com.atrium.platform.Database;
import com.atrium.platform.DomainException;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs a draft of the earning rules over a past period's sales, set-based: one SQL statement
 * evaluates every sale of the period with the same arithmetic as {@link RuleEvaluator} (the total
 * of the multipliers floored once, bonuses, the transaction cap, then the daily cap as running sums
 * per member and day of the sale's mall (in its zone) in the order the sales were booked, counting
 * the member's other sales of the day with their credited points, as {@link SaleBook} saw them) and
 * aggregates per tenant. Nothing is written.
 *
 * <p>The draft is simulated in its scope: a mall's draft over that mall's sales; the group's over
 * the sales of every mall that had no rules of its own in force at the sale's time (those kept
 * their mall's rules). A one-mall caller simulates only its mall.
 *
 * <p>Campaign budgets are not applied: the simulation shows what the campaigns would cost, which is
 * what an operator sizes a budget with (docs/earning.md). PostgreSQL only (window functions and
 * {@code at time zone}); on Oracle the simulation is refused.
 */
@Stateless
public class WhatIfSimulator {

  /** A period is at most this long, so one simulation cannot hold the database for minutes. */
  static final int MAX_DAYS = 93;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject MallConfiguration configuration;
  @Inject CurrentCaller caller;
  @EJB Database database;
  @EJB MallRegistry malls;
  @EJB TenantService tenantService;

  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_MARKETING, Roles.OPERATOR_FINANCE})
  public Simulation simulate(
      EarningRuleSet draft, RuleScope scope, LocalDate from, LocalDate toInclusive) {
    ZoneId zone;
    if (scope.isGroup()) {
      caller.requireGroupWide("A one-mall caller simulates the rules of its mall");
      zone = configuration.zone();
    } else {
      if (!caller.maySeeMall(scope.mallId())) {
        throw DomainException.notFound("MALL_NOT_FOUND", "No mall " + scope.mallId());
      }
      zone = malls.zoneOf(scope.mallId());
    }
    if (from == null
        || toInclusive == null
        || toInclusive.isBefore(from)
        || from.getYear() < 2000
        || toInclusive.getYear() > 9999) {
      throw DomainException.invalid(
          "PERIOD_INVALID",
          "from",
          "The period ends on or after its start, both between 2000 and 9999");
    }
    if (from.plusDays(MAX_DAYS).isBefore(toInclusive)) {
      throw DomainException.invalid(
          "PERIOD_TOO_LONG", "to", "A simulation covers at most " + MAX_DAYS + " days");
    }
    if ("oracle".equals(database.vendorName())) {
      throw DomainException.conflict(
          "SIMULATION_UNSUPPORTED", "The what-if simulation runs on PostgreSQL only");
    }
    long started = System.nanoTime();
    Map<Long, TenantView> tenantsById = tenantService.viewsIn(scope.mallId());
    if (tenantsById.isEmpty()) {
      return new Simulation(
          from,
          toInclusive,
          List.of(),
          List.of(),
          0,
          0,
          0,
          0,
          Duration.ofNanos(System.nanoTime() - started));
    }
    // each sale's day for the daily cap is its mall's, as SaleBook counted it
    Map<Long, ZoneId> capZones = new TreeMap<>();
    tenantsById.values().forEach(t -> capZones.computeIfAbsent(t.mallId(), malls::zoneOf));
    Sql sql = new Sql();
    String query =
        sql.build(
            draft,
            scope,
            zone,
            capZones,
            tenantsById.values(),
            from.atStartOfDay(zone).toInstant(),
            toInclusive.plusDays(1).atStartOfDay(zone).toInstant());
    var q = em.createNativeQuery(query);
    sql.bind(q);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    List<Simulation.TenantRow> tenants = new ArrayList<>();
    long sales = 0;
    long actual = 0;
    long simulated = 0;
    long operator = 0;
    List<Simulation.DayRow> days = new ArrayList<>();
    for (Object[] r : rows) {
      if (r[0] == null) {
        days.add(
            new Simulation.DayRow(
                localDate(r[5]),
                ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue()));
        continue;
      }
      TenantView tenant = tenantsById.get(((Number) r[0]).longValue());
      var row =
          new Simulation.TenantRow(
              tenant.code(),
              tenant.name(),
              ((Number) r[1]).longValue(),
              ((Number) r[2]).longValue(),
              ((Number) r[3]).longValue(),
              ((Number) r[4]).longValue());
      tenants.add(row);
      sales += row.sales();
      actual += row.actual();
      simulated += row.simulated();
      operator += row.simulatedByOperator();
    }
    tenants.sort(Comparator.comparing(Simulation.TenantRow::tenantCode));
    days.sort(Comparator.comparing(Simulation.DayRow::day));
    return new Simulation(
        from,
        toInclusive,
        tenants,
        days,
        sales,
        actual,
        simulated,
        operator,
        Duration.ofNanos(System.nanoTime() - started));
  }

  private static LocalDate localDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  /** The statement for one draft, with its parameters numbered as they are added. */
  static final class Sql {
    private final List<Object> params = new ArrayList<>();

    private String p(Object value) {
      params.add(value);
      return "?" + params.size();
    }

    private String num(BigDecimal value) {
      return "cast(" + p(value) + " as numeric)";
    }

    private String in(String column, Set<String> values) {
      if (values.isEmpty()) {
        return "false";
      }
      List<String> ps = new ArrayList<>();
      for (String v : values) {
        ps.add(p(v));
      }
      return column + " in (" + String.join(", ", ps) + ")";
    }

    /** Sum of (m − 1) for the multipliers in a map keyed by the column's value, else 0. */
    private String extra(String column, Map<String, BigDecimal> multipliers, String otherwise) {
      if (multipliers.isEmpty()) {
        return otherwise;
      }
      StringBuilder b = new StringBuilder("case " + column);
      multipliers.forEach(
          (k, v) ->
              b.append(" when ")
                  .append(p(k))
                  .append(" then ")
                  .append(num(v.subtract(BigDecimal.ONE))));
      return b.append(" else ").append(otherwise).append(" end").toString();
    }

    /** The tenants' facts as a table of values: (id, code, category). */
    private String tenantValues(Collection<TenantView> tenants) {
      List<String> rows = new ArrayList<>();
      for (TenantView t : tenants) {
        rows.add(
            "(cast("
                + p(t.id())
                + " as bigint), "
                + p(t.code())
                + ", "
                + p(t.category().name())
                + ")");
      }
      return "(values " + String.join(", ", rows) + ") as t(id, code, category)";
    }

    /**
     * @param zone the scope's zone: the period's days and the result's days
     * @param capZones the zone of each mall whose sales may be simulated: {@link SaleBook} counts a
     *     member's day for the daily cap in the zone of the mall where the sale is made
     * @param from the period's first instant
     * @param to the instant after the period
     */
    String build(
        EarningRuleSet draft,
        RuleScope scope,
        ZoneId zone,
        Map<Long, ZoneId> capZones,
        Collection<TenantView> tenants,
        Instant from,
        Instant to) {
      boolean dailyCap = draft.capPerMemberPerDay() != null;
      String zoneParam = p(zone.getId());
      Set<String> zones = new TreeSet<>();
      capZones.values().forEach(z -> zones.add(z.getId()));
      String capZone = dailyCap ? zoneOfMall("s.mall_id", capZones, zones) : null;
      String inScope =
          scope.isGroup()
              ? " and not exists (select 1 from earning_rule_set r where r.mall_id = s.mall_id"
                  + " and r.effective_from <= s.occurred_at"
                  + " and (r.effective_to is null or r.effective_to > s.occurred_at))"
              : " and s.mall_id = " + p(scope.mallId());
      String facts =
          "select s.id, s.member_id, s.tenant_id, s.occurred_at, s.points as actual,"
              + " t.code as tenant_code, t.category, s.tier_code as tier,"
              + " s.amount, s.amount * "
              + num(draft.baseRate())
              + " as base, s.birthday_month as birthday,"
              + " cast(s.occurred_at at time zone "
              + zoneParam
              + " as date) as day"
              + (dailyCap
                  ? ", s.recorded_at, "
                      + capZone
                      + " as cap_zone, cast(s.occurred_at at time zone "
                      + capZone
                      + " as date) as cap_day"
                  : "")
              + " from sale s join "
              + tenantValues(tenants)
              + " on t.id = s.tenant_id"
              + " where s.occurred_at >= "
              + p(Timestamp.from(from))
              + " and s.occurred_at < "
              + p(Timestamp.from(to))
              + inScope;
      String tenantOrCategory =
          extra(
              "f.tenant_code",
              draft.tenantMultipliers(),
              extra("f.category", draft.categoryMultipliers(), "0"));
      String tier = extra("f.tier", draft.tierMultipliers(), "0");
      String birthday =
          "case when f.birthday then "
              + num(draft.birthdayMultiplier().subtract(BigDecimal.ONE))
              + " else 0 end";
      StringBuilder campaignExtra = new StringBuilder("0");
      StringBuilder campaignBonus = new StringBuilder("0");
      for (Campaign c : draft.campaigns()) {
        String applies =
            "(f.occurred_at >= "
                + p(Timestamp.from(c.startsAt()))
                + " and f.occurred_at < "
                + p(Timestamp.from(c.endsAt()))
                + " and "
                + (c.tenants().isEmpty() && c.categories().isEmpty()
                    ? "true"
                    : "("
                        + in("f.tenant_code", c.tenants())
                        + " or "
                        + in("f.category", c.categories())
                        + ")")
                + ")";
        if (c.multiplier() != null) {
          campaignExtra
              .append(" + case when ")
              .append(applies)
              .append(" then ")
              .append(num(c.multiplier().subtract(BigDecimal.ONE)))
              .append(" else 0 end");
        }
        if (c.bonus() > 0) {
          campaignBonus
              .append(" + case when ")
              .append(applies)
              .append(" then ")
              .append(p(c.bonus()))
              .append(" else 0 end");
        }
      }
      String earns =
          "not "
              + in("f.tenant_code", draft.excludedTenants())
              + " and f.amount >= "
              + num(draft.minimumSpend());
      // tenant-funded: the multiplied base without campaigns; all: with campaigns, plus bonuses
      String evaluated =
          "select f.*, case when "
              + earns
              + " then floor(f.base * greatest(0, 1 + ("
              + tenantOrCategory
              + ") + ("
              + tier
              + ") + ("
              + birthday
              + "))) else 0 end as own,"
              + " case when "
              + earns
              + " then floor(f.base * greatest(0, 1 + ("
              + tenantOrCategory
              + ") + ("
              + tier
              + ") + ("
              + birthday
              + ") + ("
              + campaignExtra
              + "))) + ("
              + campaignBonus
              + ") else 0 end as raw from facts f";
      String capped =
          "select e.*, "
              + (draft.capPerTransaction() == null
                  ? "e.raw"
                  : "least(e.raw, " + p(draft.capPerTransaction()) + ")")
              + " as p1 from evaluated e";
      String daily;
      String others = "";
      if (!dailyCap) {
        daily = "select c.*, true as simulated, c.p1 as points from capped c";
      } else {
        /*
         * SaleBook caps a sale against the points of the member's sales of that day (any mall,
         * any tenant) already booked when it is booked. So the sales run in booking order
         * (recorded_at is read under the member's lock, the id breaks ties), and the member's
         * other sales of the day (out of the scope or the period) count with the points they
         * were credited. With P the simulated points so far (before this cap) and A the other
         * sales' points so far, the points granted so far are G = max(0, running max of
         * min(P, cap - A)) (DailyCapTest), and each simulated sale keeps G_i - G_i-1.
         * The day is the one of the sale's mall, in its zone: a day is a (zone, date) pair, and
         * the member's other sales count in every zone of the simulated malls. A simulated sale
         * of a mall in another zone than its neighbour's counts there as another sale, with its
         * credited points: exact for the rules in force, a draft's points stay within the zone.
         */
        String cap = p(draft.capPerMemberPerDay());
        List<String> zoneRows = new ArrayList<>();
        zones.forEach(z -> zoneRows.add("(cast(" + p(z) + " as text))"));
        Instant othersFrom = to;
        Instant othersTo = from;
        for (ZoneId z : capZones.values()) {
          othersFrom = min(othersFrom, MallDay.of(from, z).from());
          othersTo = max(othersTo, MallDay.of(to.minusNanos(1_000), z).to());
        }
        others =
            ", others as (select o.id, o.member_id, o.recorded_at, o.points, z.zone as cap_zone,"
                + " cast(o.occurred_at at time zone z.zone as date) as cap_day from sale o"
                + " cross join (values "
                + String.join(", ", zoneRows)
                + ") as z(zone) where o.occurred_at >= "
                + p(Timestamp.from(othersFrom))
                + " and o.occurred_at < "
                + p(Timestamp.from(othersTo))
                + " and o.points > 0 and not exists (select 1 from facts f where f.id = o.id"
                + " and f.cap_zone = z.zone))"
                + ", booked as (select c.id, c.member_id, c.cap_zone, c.cap_day, c.recorded_at,"
                + " true as simulated, c.tenant_id, c.actual, c.own, c.day, c.p1, 0 as other"
                + " from capped c union all select o.id, o.member_id, o.cap_zone, o.cap_day,"
                + " o.recorded_at, false, null, null, null, null, 0, o.points from others o"
                + " where exists (select 1 from facts f where f.member_id = o.member_id"
                + " and f.cap_zone = o.cap_zone and f.cap_day = o.cap_day))"
                + ", running as (select b.*, sum(b.p1) over w as simulated_so_far,"
                + " sum(b.other) over w as others_so_far from booked b window w as"
                + " (partition by b.member_id, b.cap_zone, b.cap_day order by b.recorded_at, b.id"
                + " rows unbounded preceding))";
        daily =
            "select r.*, greatest(0, r.before, r.room) - greatest(0, r.before) as points"
                + " from (select r.*, max(r.room) over (partition by r.member_id, r.cap_zone,"
                + " r.cap_day order by r.recorded_at, r.id rows between unbounded preceding and 1"
                + " preceding)"
                + " as before from (select r.*, least(r.simulated_so_far, "
                + cap
                + " - r.others_so_far) as room from running r) r) r";
      }
      return "with facts as ("
          + facts
          + "), evaluated as ("
          + evaluated
          + "), capped as ("
          + capped
          + ")"
          + others
          + ", outcome as ("
          + daily
          + ")"
          // one row per tenant (day null) and one per mall day (tenant null), in one pass
          + " select tenant_id, count(*), coalesce(sum(actual), 0), coalesce(sum(points), 0),"
          + " coalesce(sum(points - least(points, own)), 0), day"
          + " from outcome where simulated group by grouping sets ((tenant_id), (day))";
    }

    /** The zone of the mall of a sale ({@code mallId}, a column) as text, one zone as is. */
    private String zoneOfMall(String mallId, Map<Long, ZoneId> capZones, Set<String> zones) {
      if (zones.size() == 1) {
        return "cast(" + p(zones.iterator().next()) + " as text)";
      }
      StringBuilder b = new StringBuilder("case " + mallId);
      capZones.forEach(
          (mall, zone) ->
              b.append(" when cast(")
                  .append(p(mall))
                  .append(" as bigint) then cast(")
                  .append(p(zone.getId()))
                  .append(" as text)"));
      return b.append(" end").toString();
    }

    private static Instant min(Instant a, Instant b) {
      return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
      return a.isAfter(b) ? a : b;
    }

    void bind(Query q) {
      for (int i = 0; i < params.size(); i++) {
        q.setParameter(i + 1, params.get(i));
      }
    }
  }
}
