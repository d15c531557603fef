package com.atrium.ledger;

import com.atrium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole-ledger totals by business time ({@code occurred_at}) for the operator's dashboard, each one
 * aggregate query. {@link LedgerReadings} gives clearing its figures by booked time instead.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({
  Roles.OPERATOR_ADMIN,
  Roles.OPERATOR_MARKETING,
  Roles.OPERATOR_FINANCE,
  Roles.OPERATOR_SERVICE
})
public class LedgerTotals {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /**
   * Points credited to members by earning and grants whose entries occurred at or after the
   * instant, in every mall (a grant is at none); reversals net out once there are any.
   */
  public long creditedToMembersSince(Instant since) {
    return SqlValues.number(
        em.createNativeQuery(
                "select coalesce(sum(l.points), 0) from journal_line l"
                    + " join journal_entry e on e.id = l.entry_id"
                    + " join ledger_account a on a.id = l.account_id"
                    + " where a.kind = 'MEMBER' and e.kind in ('EARN', 'GRANT')"
                    + " and e.occurred_at >= ?1")
            .setParameter(1, Timestamp.from(since))
            .getSingleResult());
  }

  /**
   * Points that moved on members' accounts in {@code [from, to)} of business time, per tenant of
   * the entries (null: no tenant, such as a grant or a reward of the operator's stock): issued by
   * earning and grants, redeemed, expired. An expiry's tenant is the issuer of the expired lot. A
   * reversal counts as its original's kind at its original's tenant, so refunds and cancelled
   * redemptions net out.
   */
  public List<Movement> movements(Instant from, Instant to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select coalesce(e.tenant_id, o.tenant_id),"
                    + " sum(case when coalesce(o.kind, e.kind) in ('EARN', 'GRANT')"
                    + " then l.points else 0 end),"
                    + " sum(case when coalesce(o.kind, e.kind) = 'REDEEM' then -l.points else 0 end),"
                    + " sum(case when coalesce(o.kind, e.kind) = 'EXPIRE' then -l.points else 0 end)"
                    + " from journal_entry e"
                    + " join journal_line l on l.entry_id = e.id"
                    + " join ledger_account a on a.id = l.account_id"
                    + " left join journal_entry o on o.id = e.reverses_entry_id"
                    + " where a.kind = 'MEMBER' and e.occurred_at >= ?1 and e.occurred_at < ?2"
                    + " group by coalesce(e.tenant_id, o.tenant_id)")
            .setParameter(1, Timestamp.from(from))
            .setParameter(2, Timestamp.from(to))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Movement(
                    r[0] == null ? null : SqlValues.number(r[0]),
                    SqlValues.number(r[1]),
                    SqlValues.number(r[2]),
                    SqlValues.number(r[3])))
        .toList();
  }

  /**
   * Members active in {@code [from, to)}: who earned or spent points, per tenant where they did
   * (null: spent with no tenant, at the operator or a partner). A member active at two tenants
   * counts at each, so these do not add up to {@link #activeMembers(Instant, Instant, Collection)}.
   */
  public Map<Long, Long> activeMembersPerTenant(Instant from, Instant to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select tenant_id, count(distinct member_id) from journal_entry"
                    + " where kind in ('EARN', 'REDEEM') and member_id is not null"
                    + " and occurred_at >= ?1 and occurred_at < ?2 group by tenant_id")
            .setParameter(1, Timestamp.from(from))
            .setParameter(2, Timestamp.from(to))
            .getResultList();
    Map<Long, Long> active = new HashMap<>();
    for (Object[] r : rows) {
      active.put(r[0] == null ? null : SqlValues.number(r[0]), SqlValues.number(r[1]));
    }
    return active;
  }

  /**
   * Members who earned or spent points in {@code [from, to)} at one of {@code tenantIds}, each
   * counted once; at any tenant or none when {@code tenantIds} is null.
   */
  public long activeMembers(Instant from, Instant to, Collection<Long> tenantIds) {
    if (tenantIds != null && tenantIds.isEmpty()) {
      return 0;
    }
    var q =
        em.createNativeQuery(
                "select count(distinct member_id) from journal_entry"
                    + " where kind in ('EARN', 'REDEEM') and member_id is not null"
                    + " and occurred_at >= ?1 and occurred_at < ?2"
                    + (tenantIds == null ? "" : " and " + inList("tenant_id", tenantIds)))
            .setParameter(1, Timestamp.from(from))
            .setParameter(2, Timestamp.from(to));
    return SqlValues.number(q.getSingleResult());
  }

  /**
   * {@code column in (...)} with the ids written as numbers (longs, so nothing to escape), in lists
   * of at most 1,000 as Oracle requires.
   */
  static String inList(String column, Collection<Long> ids) {
    List<Long> all = List.copyOf(ids);
    StringBuilder sql = new StringBuilder("(");
    for (int i = 0; i < all.size(); i += 1000) {
      if (i > 0) {
        sql.append(" or ");
      }
      sql.append(column).append(" in (");
      for (int j = i; j < Math.min(all.size(), i + 1000); j++) {
        sql.append(j > i ? ", " : "").append(all.get(j).longValue());
      }
      sql.append(')');
    }
    return sql.append(')').toString();
  }

  /** One tenant's (or no tenant's: null) points moved on members' accounts in a period. */
  public record Movement(Long tenantId, long issued, long redeemed, long expired) {}
}
