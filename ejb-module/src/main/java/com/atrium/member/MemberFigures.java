package com.atrium.member;

import com.atrium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

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
}
