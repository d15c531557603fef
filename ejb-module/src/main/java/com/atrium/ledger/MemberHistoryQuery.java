package com.atrium.ledger;

import com.atrium.platform.Page;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * One page of a member account's lines with the tenant's name, the sale's explanation and the
 * running balance. Kept apart from the ledger's own queries because it is the one that reads other
 * contexts' tables.
 */
final class MemberHistoryQuery {

  private MemberHistoryQuery() {}

  // Known exception to context isolation: joins tenant and sale; moves to a read model in report.
  private static final String ROWS =
      "select h.occurred_at, h.kind, h.tenant_name, h.description, h.points, h.running,"
          + " h.entry_id, h.explanation from ("
          + " select e.occurred_at, e.id as entry_id, e.kind, t.name as tenant_name, e.description,"
          + " l.points, e.tenant_id, s.explanation,"
          + " sum(l.points) over (order by e.occurred_at, e.id) as running"
          + " from journal_line l join journal_entry e on e.id = l.entry_id"
          + " left join tenant t on t.id = e.tenant_id"
          + " left join sale s on s.journal_entry_id = e.id"
          + " where l.account_id = ?1) h";

  /**
   * @param tenantScope when present, only the lines of entries at that tenant (the running balance
   *     is still computed over all the account's lines)
   */
  static Page<HistoryRow> page(
      EntityManager em, long accountId, Optional<Long> tenantScope, int offset, int limit) {
    String sql =
        ROWS
            + (tenantScope.isPresent() ? " where h.tenant_id = ?2" : "")
            + " order by h.occurred_at desc, h.entry_id desc";
    var query = em.createNativeQuery(sql).setParameter(1, accountId);
    tenantScope.ifPresent(t -> query.setParameter(2, t));
    int size = Page.clampLimit(limit);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        query.setFirstResult(Math.max(0, offset)).setMaxResults(size).getResultList();
    var count =
        em.createNativeQuery(
                "select count(*) from journal_line l join journal_entry e on e.id = l.entry_id"
                    + " where l.account_id = ?1"
                    + (tenantScope.isPresent() ? " and e.tenant_id = ?2" : ""))
            .setParameter(1, accountId);
    tenantScope.ifPresent(t -> count.setParameter(2, t));
    long total = ((Number) count.getSingleResult()).longValue();
    return new Page<>(
        rows.stream()
            .map(
                r ->
                    new HistoryRow(
                        SqlValues.instant(r[0]),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue(),
                        ((Number) r[6]).longValue(),
                        (String) r[7]))
            .toList(),
        Math.max(0, offset),
        size,
        total);
  }
}
