package com.atrium.ledger;

import com.atrium.platform.Page;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * One page of a member account's lines with the running balance, from the ledger's own tables; the
 * names and explanations around them are the report's to add (report.MemberHistoryService).
 */
final class StatementQuery {

  private StatementQuery() {}

  /**
   * The account's lines with a running sum in time order: over all its lines (the member's balance
   * after each), or with a tenant's scope over that tenant's lines only (the member's points at
   * that store, so that a store's rows add up; docs/history.md).
   */
  private static String rows(boolean scoped) {
    return "select h.occurred_at, h.kind, h.tenant_id, h.description, h.points, h.running,"
        + " h.entry_id"
        + " from (select e.occurred_at, e.id as entry_id, e.kind, e.tenant_id, e.description,"
        + " l.points, sum(l.points) over (order by e.occurred_at, e.id) as running"
        + " from journal_line l join journal_entry e on e.id = l.entry_id"
        + " where l.account_id = ?1"
        + (scoped ? " and e.tenant_id = ?2" : "")
        + ") h";
  }

  /**
   * @param tenantScope when present, only the lines of entries at that tenant, each with the
   *     running sum of that tenant's lines (not the member's overall balance)
   */
  static Page<StatementLine> page(
      EntityManager em, long accountId, Optional<Long> tenantScope, int offset, int limit) {
    String sql = rows(tenantScope.isPresent()) + " order by h.occurred_at desc, h.entry_id desc";
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
                    new StatementLine(
                        SqlValues.instant(r[0]),
                        (String) r[1],
                        r[2] == null ? null : ((Number) r[2]).longValue(),
                        (String) r[3],
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue(),
                        ((Number) r[6]).longValue()))
            .toList(),
        Math.max(0, offset),
        size,
        total);
  }
}
