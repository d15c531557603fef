package com.atrium.audit;

import com.atrium.platform.Clock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Map;

/**
 * Writes audit events inside the caller's transaction, so an action and its audit record commit or
 * roll back together. The actor is the container's caller, so audit sits below security and every
 * context (security's own login management included) can record.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditLog {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject SecurityContext security;
  @Inject Clock clock;

  public void record(
      String action,
      String subject,
      Object subjectId,
      Map<String, ?> before,
      Map<String, ?> after) {
    em.persist(
        new AuditEvent(
            clock.now(),
            actor(),
            action,
            subject,
            subjectId == null ? null : subjectId.toString(),
            before == null ? null : before.toString(),
            after == null ? null : after.toString()));
  }

  private String actor() {
    Principal p = security.getCallerPrincipal();
    return p == null ? "anonymous" : p.getName();
  }
}
