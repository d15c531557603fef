package com.atrium.portal.operator.audit;

import com.atrium.audit.AuditQuery;
import com.atrium.audit.AuditRecord;
import com.atrium.audit.AuditTrail;
import com.atrium.portal.PortalMessages;
import com.atrium.portal.lists.ListColumn;
import com.atrium.portal.lists.ListTable;
import com.atrium.tenant.MallConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code operator/audit.xhtml}: the audit log filtered by actor, action, subject and business days
 * in the mall's zone, newest first or sorted by a column, a page at a time; exported as CSV or XLSX
 * through the shared {@link ListTable} (the same filters and order).
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS = Map.of("to", "audit:to", "until", "audit:to");

  @EJB AuditTrail trail;
  @Inject MallConfiguration mall;

  private ListTable<AuditRecord> table;
  private List<String> actions;
  private String actor;
  private String action;
  private String subject;
  private String subjectId;
  private LocalDate from;
  private LocalDate to;

  @PostConstruct
  void init() {
    actions = trail.actions();
    ZoneId zone = mall.zone();
    table =
        new ListTable<>(
            "audit:table",
            "atrium-audit",
            r -> String.valueOf(r.id()),
            List.of(
                ListColumn.sorted("at", "audit.at", r -> PortalMessages.dateTime(r.at(), zone)),
                ListColumn.sorted("actor", "audit.actor", AuditRecord::actor),
                ListColumn.sorted("action", "audit.action", r -> AuditTexts.action(r.action())),
                ListColumn.sorted("subject", "audit.subject", r -> AuditTexts.subject(r.subject())),
                ListColumn.plain("subjectId", "audit.subjectId", AuditRecord::subjectId),
                ListColumn.plain("changes", "audit.changes", AuditBacking::changesText)),
            source(AuditQuery.all()));
  }

  public void search() {
    try {
      table.show(
          source(AuditFilter.query(actor, action, subject, subjectId, from, to, mall.zone())));
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
    }
  }

  private ListTable.Source<AuditRecord> source(AuditQuery query) {
    AuditTrail service = trail;
    return (sort, offset, limit) -> service.search(query, sort, offset, limit);
  }

  /** The changes as one line of text, for the exports: {@code field: before → after; ...}. */
  static String changesText(AuditRecord r) {
    return changesOf(r).stream()
        .map(c -> (c.field() == null || c.field().isEmpty() ? "" : c.field() + ": ") + c.shown())
        .collect(Collectors.joining("; "));
  }

  public List<AuditState.Change> changes(AuditRecord r) {
    return changesOf(r);
  }

  /** The before and after states field by field, in the user's language. */
  private static List<AuditState.Change> changesOf(AuditRecord r) {
    return AuditState.changes(r.before(), r.after()).stream().map(AuditTexts::change).toList();
  }

  public String action(String code) {
    return AuditTexts.action(code);
  }

  public String subject(String name) {
    return AuditTexts.subject(name);
  }

  public String when(Instant instant) {
    return PortalMessages.dateTime(instant, mall.zone());
  }

  public String getZone() {
    return mall.zone().getId();
  }

  public ListTable<AuditRecord> getTable() {
    return table;
  }

  public List<String> getActions() {
    return actions;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(String subjectId) {
    this.subjectId = subjectId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
