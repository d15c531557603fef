package com.atrium.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The tenant an enabled POS key or merchant assistant login is bound to, read from the database on
 * every call (a disabled key or login loses its tenant at once). Application-scoped so that the
 * request-scoped {@link CurrentCaller} needs no persistence context of its own: Payara resolves a
 * {@code @PersistenceContext} by a JNDI lookup, under a global lock, each time a bean holding one
 * is created, i.e. on every request.
 */
@ApplicationScoped
class CallerTenants {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  Optional<Long> ofPosKey(String keyId) {
    return first(
        em.createNativeQuery(
                "select tenant_id from api_client where key_id = ?1 and enabled = true")
            .setParameter(1, keyId)
            .getResultList());
  }

  Optional<Long> ofUser(String username) {
    return first(
        em.createNativeQuery(
                "select tenant_id from app_user where username = ?1 and enabled = true")
            .setParameter(1, username)
            .getResultList());
  }

  private static Optional<Long> first(List<?> rows) {
    return rows.stream().filter(r -> r != null).map(r -> ((Number) r).longValue()).findFirst();
  }
}
