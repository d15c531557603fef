package com.atrium.member;

import com.atrium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many members there are, for the operator's read models above this context (the dashboard):
 * counts from aggregate queries, never members. Members are the operator's, so the counts are
 * group-wide.
 */
@Stateless
@RolesAllowed({
  Roles.OPERATOR_ADMIN,
  Roles.OPERATOR_MARKETING,
  Roles.OPERATOR_FINANCE,
  Roles.OPERATOR_SERVICE
})
public class MemberFigures {

  /** All members, and those who registered at or after the instant asked about. */
  public record Counts(long members, long registeredSince) {}

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  public Counts counts(Instant registeredSince) {
    long all =
        ((Number) em.createNativeQuery("select count(*) from member").getSingleResult())
            .longValue();
    long recent =
        ((Number)
                em.createNativeQuery("select count(*) from member where registered_at >= ?1")
                    .setParameter(1, Timestamp.from(registeredSince))
                    .getSingleResult())
            .longValue();
    return new Counts(all, recent);
  }

  /**
   * Members who registered in {@code [from, to)}, per tenant whose till registered them (null: no
   * till, such as the app or the service desk).
   */
  public Map<Long, Long> registeredBetween(Instant from, Instant to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select registered_by_tenant_id, count(*) from member"
                    + " where registered_at >= ?1 and registered_at < ?2"
                    + " group by registered_by_tenant_id")
            .setParameter(1, Timestamp.from(from))
            .setParameter(2, Timestamp.from(to))
            .getResultList();
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] r : rows) {
      counts.put(r[0] == null ? null : ((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }
    return counts;
  }
}
