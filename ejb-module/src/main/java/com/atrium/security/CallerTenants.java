package com.atrium.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The scope an enabled machine key, or the tenant a merchant assistant login, is bound to, read
 * from the database on every call (a disabled key or login loses its tenant at once).
 * Application-scoped so that the request-scoped {@link CurrentCaller} needs no persistence context
 * of its own: Payara resolves a {@code @PersistenceContext} by a JNDI lookup, under a global lock,
 * each time a bean holding one is created, i.e. on every request.
 */
@ApplicationScoped
class CallerTenants {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** The scope of an enabled machine key, whatever its kind. */
  Optional<MachineScope> ofMachineKey(String keyId) {
    List<?> rows =
        em.createNativeQuery(
                "select tenant_id, mall_id, partner_code from api_client"
                    + " where key_id = ?1 and enabled = ?2")
            .setParameter(1, keyId)
            .setParameter(2, true)
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(
            r ->
                MachineScope.of(
                    r[0] == null ? null : ((Number) r[0]).longValue(),
                    r[1] == null ? null : ((Number) r[1]).longValue(),
                    (String) r[2]))
        .findFirst();
  }

  Optional<Long> ofUser(String username) {
    return first(
        em.createNativeQuery(
                "select tenant_id from app_user where username = ?1 and enabled = true")
            .setParameter(1, username)
            .getResultList());
  }

  /** The one mall an enabled operator login is confined to; empty when it is group-wide. */
  Optional<Long> mallOfUser(String username) {
    return first(
        em.createNativeQuery("select mall_id from app_user where username = ?1 and enabled = true")
            .setParameter(1, username)
            .getResultList());
  }

  private static Optional<Long> first(List<?> rows) {
    return rows.stream().filter(r -> r != null).map(r -> ((Number) r).longValue()).findFirst();
  }
}
