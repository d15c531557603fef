package com.atrium.report;

import com.atrium.platform.Clock;
import com.atrium.platform.Database;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The operator dashboard: a handful of aggregate queries over sales and the journal. */
@Stateless
@RolesAllowed({
  Roles.OPERATOR_ADMIN,
  Roles.OPERATOR_MARKETING,
  Roles.OPERATOR_FINANCE,
  Roles.OPERATOR_SERVICE
})
public class DashboardService {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject MallConfiguration configuration;
  @Inject Clock clock;
  @EJB Database database;
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

    long members = number("select count(*) from member", Map.of());
    long newToday =
        number(
            "select count(*) from member where registered_at >= ?1",
            Map.of(1, Timestamp.from(startOfToday)));
    Object[] salesToday =
        (Object[])
            atMall(
                    em.createNativeQuery(
                        "select count(*), coalesce(sum(amount), 0) from sale where occurred_at >= ?1"
                            + atMall(mall)),
                    mall)
                .setParameter(1, Timestamp.from(startOfToday))
                .getSingleResult();
    long pointsToday = pointsIssuedSince(startOfToday, mall);
    long pointsMonth = pointsIssuedSince(startOfMonth, mall);

    Map<LocalDate, DailyFigure> byDay = new HashMap<>();
    String dayExpr =
        "oracle".equals(database.vendorName())
            ? "trunc(cast((occurred_at at time zone '" + zone.getId() + "') as date))"
            : "cast((occurred_at at time zone '" + zone.getId() + "') as date)";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        atMall(
                em.createNativeQuery(
                    "select "
                        + dayExpr
                        + " as d, count(*), coalesce(sum(amount), 0), coalesce(sum(points), 0)"
                        + " from sale where occurred_at >= ?1"
                        + atMall(mall)
                        + " group by "
                        + dayExpr),
                mall)
            .setParameter(1, Timestamp.from(start30))
            .getResultList();
    for (Object[] r : rows) {
      LocalDate day = toDate(r[0]);
      byDay.put(
          day,
          new DailyFigure(
              day, ((Number) r[1]).longValue(), decimal(r[2]), ((Number) r[3]).longValue()));
    }
    List<DailyFigure> last30 = new ArrayList<>();
    for (LocalDate d = firstDay; !d.isAfter(today); d = d.plusDays(1)) {
      last30.add(byDay.getOrDefault(d, new DailyFigure(d, 0, BigDecimal.ZERO.setScale(2), 0)));
    }
    return new Dashboard(
        mall,
        members,
        newToday,
        ((Number) salesToday[0]).longValue(),
        decimal(salesToday[1]),
        pointsToday,
        pointsMonth,
        last30);
  }

  /**
   * Points credited to members by earning and grants (reversals net out once they exist). A mall's
   * are its sales' points: every credit at a tenant is a sale's, of the same points at the same
   * time, and a grant is at no mall.
   */
  private long pointsIssuedSince(Instant since, Long mall) {
    Query q =
        em.createNativeQuery(
            mall == null
                ? "select coalesce(sum(l.points), 0) from journal_line l"
                    + " join journal_entry e on e.id = l.entry_id"
                    + " join ledger_account a on a.id = l.account_id"
                    + " where a.kind = 'MEMBER' and e.kind in ('EARN', 'GRANT')"
                    + " and e.occurred_at >= ?1"
                : "select coalesce(sum(points), 0) from sale where occurred_at >= ?1"
                    + atMall(mall));
    return ((Number) atMall(q, mall).setParameter(1, Timestamp.from(since)).getSingleResult())
        .longValue();
  }

  /** Keeps the mall's own rows (the mall bound as ?2); nothing for the group (null). */
  private static String atMall(Long mall) {
    return mall == null ? "" : " and mall_id = ?2";
  }

  private static Query atMall(Query q, Long mall) {
    return mall == null ? q : q.setParameter(2, mall);
  }

  private long number(String sql, Map<Integer, Object> params) {
    var q = em.createNativeQuery(sql);
    params.forEach(q::setParameter);
    return ((Number) q.getSingleResult()).longValue();
  }

  private static BigDecimal decimal(Object o) {
    return (o instanceof BigDecimal b ? b : new BigDecimal(o.toString())).setScale(2);
  }

  private static LocalDate toDate(Object o) {
    if (o instanceof Date d) {
      return d.toLocalDate();
    }
    if (o instanceof Timestamp t) {
      return t.toLocalDateTime().toLocalDate();
    }
    if (o instanceof LocalDate d) {
      return d;
    }
    return LocalDate.parse(o.toString().substring(0, 10));
  }
}
