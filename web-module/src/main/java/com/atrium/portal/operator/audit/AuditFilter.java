package com.atrium.portal.operator.audit;

import com.atrium.audit.AuditQuery;
import com.atrium.platform.DomainException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit filters as people type them (business days in the mall's zone, both ends included)
 * turned into an {@link AuditQuery}, and into the export's query string, so the page and its CSV
 * always select the same events.
 */
final class AuditFilter {

  private AuditFilter() {}

  static AuditQuery query(
      String actor,
      String action,
      String subject,
      String subjectId,
      LocalDate from,
      LocalDate to,
      ZoneId zone) {
    if (from != null && to != null && to.isBefore(from)) {
      throw DomainException.invalid("DATE_RANGE_INVALID", "to", "The range ends before it starts");
    }
    return new AuditQuery(
        actor,
        action,
        subject,
        subjectId,
        from == null ? null : from.atStartOfDay(zone).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
  }

  static String queryString(
      String actor, String action, String subject, String subjectId, LocalDate from, LocalDate to) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("actor", actor);
    params.put("action", action);
    params.put("subject", subject);
    params.put("subjectId", subjectId);
    params.put("from", from);
    params.put("to", to);
    return params.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
        .map(
            e ->
                e.getKey()
                    + "="
                    + URLEncoder.encode(e.getValue().toString().trim(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
