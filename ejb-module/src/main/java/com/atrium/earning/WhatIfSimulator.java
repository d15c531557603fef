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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a draft of the earning rules over a past period's sales, set-based: one SQL statement
 * evaluates every sale of the period with the same arithmetic as {@link RuleEvaluator} (the total
 * of the multipliers floored once, bonuses, the transaction cap, then the daily cap as a running
 * sum per member and mall day) and aggregates per tenant. Nothing is written.
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
      zone = configuration.mall(malls.require(scope.mallId()).code()).zone();
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
    Sql sql = new Sql();
    String query = sql.build(draft, scope, zone, tenantsById.values());
    var q = em.createNativeQuery(query);
    sql.bind(q);
    q.setParameter(sql.fromIndex, Timestamp.from(from.atStartOfDay(zone).toInstant()));
    q.setParameter(
        sql.toIndex, Timestamp.from(toInclusive.plusDays(1).atStartOfDay(zone).toInstant()));
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
    int fromIndex;
    int toIndex;

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

    String build(
        EarningRuleSet draft, RuleScope scope, ZoneId zone, Collection<TenantView> tenants) {
      String zoneParam = p(zone.getId());
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
              + " from sale s join "
              + tenantValues(tenants)
              + " on t.id = s.tenant_id"
              + " where s.occurred_at >= "
              + (p(null))
              + " and s.occurred_at < "
              + p(null);
      toIndex = params.size();
      fromIndex = toIndex - 1;
      facts += inScope;
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
      if (draft.capPerMemberPerDay() == null) {
        daily = "select c.*, c.p1 as points from capped c";
      } else {
        // what the greedy daily cap leaves each sale, in sale order: min(cap, S_i) - min(cap,
        // S_i-1)
        String cap = p(draft.capPerMemberPerDay());
        daily =
            "select c.*, least("
                + cap
                + ", c.running) - least("
                + cap
                + ", c.running - c.p1) as points"
                + " from (select c.*, sum(c.p1) over (partition by c.member_id, c.day"
                + " order by c.occurred_at, c.id rows unbounded preceding) as running from capped c) c";
      }
      return "with facts as ("
          + facts
          + "), evaluated as ("
          + evaluated
          + "), capped as ("
          + capped
          + "), outcome as ("
          + daily
          + ")"
          // one row per tenant (day null) and one per mall day (tenant null), in one pass
          + " select tenant_id, count(*), coalesce(sum(actual), 0), coalesce(sum(points), 0),"
          + " coalesce(sum(points - least(points, own)), 0), day"
          + " from outcome group by grouping sets ((tenant_id), (day))";
    }

    void bind(Query q) {
      for (int i = 0; i < params.size(); i++) {
        if (i + 1 != fromIndex && i + 1 != toIndex) {
          q.setParameter(i + 1, params.get(i));
        }
      }
    }
  }
}
