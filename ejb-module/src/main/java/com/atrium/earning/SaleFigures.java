package com.atrium.earning;

import com.atrium.platform.Database;
import com.atrium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Set-based figures over the sales this context keeps, for the operator's read models above it (the
 * dashboard): one aggregate query each, records, never sales. A figure is one mall's (the mall each
 * sale records) or the group's (null); the caller decides which mall it may see.
 */
@Stateless
@RolesAllowed({
  Roles.OPERATOR_ADMIN,
  Roles.OPERATOR_MARKETING,
  Roles.OPERATOR_FINANCE,
  Roles.OPERATOR_SERVICE
})
public class SaleFigures {

  /** How many sales, their amount and the points they earned. */
  public record Totals(long sales, BigDecimal amount, long points) {}

  /** The {@link Totals} of one business day. */
  public record Day(LocalDate day, long sales, BigDecimal amount, long points) {}

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB Database database;

  /** The sales that occurred at or after {@code since}, at one mall or at every mall (null). */
  public Totals since(Instant since, Long mallId) {
    Object[] r =
        (Object[])
            atMall(
                    em.createNativeQuery(
                        "select count(*), coalesce(sum(amount), 0), coalesce(sum(points), 0)"
                            + " from sale where occurred_at >= ?1"
                            + atMall(mallId)),
                    mallId)
                .setParameter(1, Timestamp.from(since))
                .getSingleResult();
    return new Totals(((Number) r[0]).longValue(), decimal(r[1]), ((Number) r[2]).longValue());
  }

  /**
   * The same figures per business day in {@code zone}, for the days since {@code since} that had
   * sales, in no particular order.
   */
  public List<Day> perDaySince(Instant since, ZoneId zone, Long mallId) {
    return perDay(since, null, zone, mallId);
  }

  /** As {@link #perDaySince}, for the days of {@code [from, to)}. */
  public List<Day> perDayBetween(Instant from, Instant to, ZoneId zone, Long mallId) {
    return perDay(from, to, zone, mallId);
  }

  @SuppressWarnings("unchecked")
  private List<Day> perDay(Instant since, Instant to, ZoneId zone, Long mallId) {
    String day =
        "oracle".equals(database.vendorName())
            ? "trunc(cast((occurred_at at time zone '" + zone.getId() + "') as date))"
            : "cast((occurred_at at time zone '" + zone.getId() + "') as date)";
    Query query =
        atMall(
                em.createNativeQuery(
                    "select "
                        + day
                        + " as d, count(*), coalesce(sum(amount), 0), coalesce(sum(points), 0)"
                        + " from sale where occurred_at >= ?1"
                        + (to == null ? "" : " and occurred_at < ?3")
                        + atMall(mallId)
                        + " group by "
                        + day),
                mallId)
            .setParameter(1, Timestamp.from(since));
    if (to != null) {
      query.setParameter(3, Timestamp.from(to));
    }
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new Day(
                    toDate(r[0]),
                    ((Number) r[1]).longValue(),
                    decimal(r[2]),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  /** The {@link Totals} of one tenant. */
  public record TenantTotals(long tenantId, long sales, BigDecimal amount, long points) {}

  /**
   * The sales that occurred in {@code [from, to)} per tenant, at one mall or at every mall (null);
   * tenants without sales are left out.
   */
  public List<TenantTotals> between(Instant from, Instant to, Long mallId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        atMall(
                em.createNativeQuery(
                    "select tenant_id, count(*), coalesce(sum(amount), 0), coalesce(sum(points), 0)"
                        + " from sale where occurred_at >= ?1 and occurred_at < ?3"
                        + atMall(mallId)
                        + " group by tenant_id"),
                mallId)
            .setParameter(1, Timestamp.from(from))
            .setParameter(3, Timestamp.from(to))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new TenantTotals(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    decimal(r[2]),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  /** Keeps the mall's own rows (the mall bound as ?2); nothing for the group (null). */
  private static String atMall(Long mall) {
    return mall == null ? "" : " and mall_id = ?2";
  }

  private static Query atMall(Query q, Long mall) {
    return mall == null ? q : q.setParameter(2, mall);
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
