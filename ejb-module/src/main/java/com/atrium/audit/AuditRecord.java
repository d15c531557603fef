package com.atrium.audit;

import java.io.Serializable;
import java.time.Instant;

/** One audited action as the audit log page and its export show it. */
public record AuditRecord(
    long id,
    Instant at,
    String actor,
    String action,
    String subject,
    String subjectId,
    String before,
    String after)
    implements Serializable {

  static AuditRecord of(AuditEvent e) {
    return new AuditRecord(
        e.id(),
        e.at(),
        e.actor(),
        e.action(),
        e.subject(),
        e.subjectId(),
        e.beforeState(),
        e.afterState());
  }
}
