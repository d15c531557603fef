package com.atrium.audit;

import com.atrium.platform.Clock;
import com.atrium.security.CurrentCaller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;

/**
 * Writes audit events inside the caller's transaction, so an action and its audit record commit or
 * roll back together.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditLog {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject CurrentCaller caller;
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
            caller.name(),
            action,
            subject,
            subjectId == null ? null : subjectId.toString(),
            before == null ? null : before.toString(),
            after == null ? null : after.toString()));
  }
}
