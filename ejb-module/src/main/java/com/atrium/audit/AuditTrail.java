package com.atrium.audit;

import com.atrium.platform.Page;
import com.atrium.platform.Sort;
import com.atrium.platform.SortColumns;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the audit log for the operator's admins: filtered, newest first, one page at a time, or all
 * matching events in batches for an export. Read only; the log is written by {@link AuditLog}. The
 * role is spelled out because the audit context sits below security (Roles.OPERATOR_ADMIN).
 */
@Stateless
@RolesAllowed("OPERATOR_ADMIN")
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditTrail {

  /** Rows read per round trip by {@link #forEach}: memory stays flat whatever the export's size. */
  static final int BATCH = 500;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** The columns the audit log may be sorted by; newest first when none. */
  static final SortColumns SORT =
      SortColumns.of(
          "e.at desc",
          "e.id desc",
          "at",
          "e.at",
          "actor",
          "e.actor",
          "action",
          "e.action",
          "subject",
          "e.subject");

  public Page<AuditRecord> search(AuditQuery query, int offset, int limit) {
    return search(query, Sort.NONE, offset, limit);
  }

  /** One page of the events {@code query} selects, in a whitelisted order ({@link #SORT}). */
  public Page<AuditRecord> search(AuditQuery query, Sort sort, int offset, int limit) {
    Where where = Where.of(query, null);
    int size = Page.clampLimit(limit);
    int start = Math.max(0, offset);
    List<AuditRecord> rows =
        where
            .bind(
                em.createQuery(
                    "select e from AuditEvent e" + where.text + SORT.orderBy(sort),
                    AuditEvent.class))
            .setFirstResult(start)
            .setMaxResults(size)
            .getResultList()
            .stream()
            .map(AuditRecord::of)
            .toList();
    long total =
        where
            .bind(em.createQuery("select count(e) from AuditEvent e" + where.text, Long.class))
            .getSingleResult();
    return new Page<>(rows, start, size, total);
  }

  /**
   * Hands every matching event to {@code sink}, newest first, reading {@link #BATCH} at a time by
   * keyset (after the last one seen), so an export of the whole log neither holds it in memory nor
   * pays for ever larger offsets.
   */
  public void forEach(AuditQuery query, Consumer<AuditRecord> sink) {
    AuditRecord last = null;
    while (true) {
      Where where = Where.of(query, last);
      List<AuditEvent> batch =
          where
              .bind(
                  em.createQuery(
                      "select e from AuditEvent e" + where.text + " order by e.at desc, e.id desc",
                      AuditEvent.class))
              .setMaxResults(BATCH)
              .getResultList();
      for (AuditEvent e : batch) {
        last = AuditRecord.of(e);
        sink.accept(last);
      }
      em.clear();
      if (batch.size() < BATCH) {
        return;
      }
    }
  }

  /** The actions the log holds, for the page's filter. */
  public List<String> actions() {
    return em.createQuery(
            "select distinct e.action from AuditEvent e order by e.action", String.class)
        .getResultList();
  }

  /** The where clause of a query, and the values it binds. */
  private record Where(String text, List<Object[]> params) {

    static Where of(AuditQuery q, AuditRecord after) {
      StringBuilder text = new StringBuilder(" where 1 = 1");
      List<Object[]> params = new ArrayList<>();
      add(text, params, "e.actor = :actor", "actor", q.actor());
      add(text, params, "e.action = :action", "action", q.action());
      add(text, params, "e.subject = :subject", "subject", q.subject());
      add(text, params, "e.subjectId = :subjectId", "subjectId", q.subjectId());
      add(text, params, "e.at >= :from", "from", q.from());
      add(text, params, "e.at < :until", "until", q.until());
      if (after != null) {
        text.append(" and (e.at < :lastAt or (e.at = :lastAt and e.id < :lastId))");
        params.add(new Object[] {"lastAt", after.at()});
        params.add(new Object[] {"lastId", after.id()});
      }
      return new Where(text.toString(), params);
    }

    private static void add(
        StringBuilder text, List<Object[]> params, String clause, String name, Object value) {
      if (value != null) {
        text.append(" and ").append(clause);
        params.add(new Object[] {name, value});
      }
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
      for (Object[] p : params) {
        query.setParameter((String) p[0], p[1]);
      }
      return query;
    }
  }
}
