package com.atrium.portal.operator.audit;

import com.atrium.audit.AuditQuery;
import com.atrium.audit.AuditRecord;
import com.atrium.audit.AuditTrail;
import com.atrium.portal.PortalMessages;
import com.atrium.portal.operator.members.PagedModel;
import com.atrium.tenant.MallConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code operator/audit.xhtml}: the audit log filtered by actor, action, subject and business days
 * in the mall's zone, newest first, a page at a time; the export link carries the same filters.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS = Map.of("to", "audit:to", "until", "audit:to");

  @EJB AuditTrail trail;
  @Inject MallConfiguration mall;

  private PagedModel<AuditRecord> model;
  private List<String> actions;
  private String actor;
  private String action;
  private String subject;
  private String subjectId;
  private LocalDate from;
  private LocalDate to;

  /** The filters of the rows shown, which the export repeats. */
  private String shownFilters = "";

  @PostConstruct
  void init() {
    actions = trail.actions();
    model = source(AuditQuery.all());
  }

  public void search() {
    try {
      model = source(AuditFilter.query(actor, action, subject, subjectId, from, to, mall.zone()));
      shownFilters = AuditFilter.queryString(actor, action, subject, subjectId, from, to);
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
    }
  }

  private PagedModel<AuditRecord> source(AuditQuery query) {
    AuditTrail service = trail;
    return new PagedModel<>(
        (offset, limit) -> service.search(query, offset, limit), r -> String.valueOf(r.id()));
  }

  /** The CSV of the rows the table shows, relative to the context root. */
  public String getExportPath() {
    return "/operator/audit.csv" + (shownFilters.isEmpty() ? "" : "?" + shownFilters);
  }

  public List<AuditState.Change> changes(AuditRecord r) {
    return AuditState.changes(r.before(), r.after());
  }

  public String when(Instant instant) {
    return PortalMessages.dateTime(instant, mall.zone());
  }

  public String getZone() {
    return mall.zone().getId();
  }

  public PagedModel<AuditRecord> getModel() {
    return model;
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
