package com.atrium.audit;

import com.atrium.platform.DomainException;
import java.io.Serializable;
import java.time.Instant;

/**
 * Which audit events to read: each criterion is skipped when null; {@code from} is inclusive,
 * {@code until} exclusive (the caller turns the mall's business days into instants). Text criteria
 * are matched exactly, trimmed; blank counts as absent.
 */
public record AuditQuery(
    String actor, String action, String subject, String subjectId, Instant from, Instant until)
    implements Serializable {

  public AuditQuery {
    actor = blankToNull(actor);
    action = blankToNull(action);
    subject = blankToNull(subject);
    subjectId = blankToNull(subjectId);
    if (from != null && until != null && !until.isAfter(from)) {
      throw DomainException.invalid(
          "DATE_RANGE_INVALID", "until", "The end of the range comes after its start");
    }
  }

  /** Every event. */
  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null, null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
