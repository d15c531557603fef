package com.atrium.portal.merchant.clearing;

import com.atrium.clearing.ClearingDisputes;
import com.atrium.clearing.TenantLine;
import com.atrium.clearing.TenantStatementDetail;
import com.atrium.clearing.TenantStatements;
import com.atrium.portal.PortalMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * {@code merchant/clearing/statement.xhtml}: one of the manager's statements with its lines and
 * disputes, and the dialog that raises a dispute while the statement is disputable. Another
 * tenant's statement or a draft's is the 404 page (the service says not found).
 */
@Named
@ViewScoped
public class StatementBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of("comment", "dispute:comment", "lineId", "dispute:line");

  @EJB TenantStatements statements;
  @EJB ClearingDisputes disputes;

  private Long id;
  private TenantStatementDetail detail;
  private Long lineId;
  private String comment;

  /** Runs on the initial GET, after the {@code id} view parameter is set. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback() || id == null) {
      return;
    }
    detail = statements.statement(id);
  }

  public void raise() {
    try {
      disputes.raise(id, lineId, comment);
      PortalMessages.info("statement.raised");
      comment = null;
      lineId = null;
      detail = statements.statement(id);
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public String getPeriod() {
    return StatementsBacking.periodOf(detail.statement());
  }

  /** An instant in the statement's mall's zone, or nothing. */
  public String dateTime(Instant at) {
    return at == null ? "" : PortalMessages.dateTime(at, ZoneId.of(detail.statement().zone()));
  }

  public String getNotDisputable() {
    return detail.statement().disputeUntil() == null
        ? ""
        : PortalMessages.text(
            "statement.notDisputable", dateTime(detail.statement().disputeUntil()));
  }

  /** "Points funded · 1,000 points" for the line picker. */
  public String lineLabel(TenantLine l) {
    return PortalMessages.text("statement.kind." + l.line().kind())
        + " · "
        + l.line().points()
        + " · "
        + l.line().amount().toPlainString();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public TenantStatementDetail getDetail() {
    return detail;
  }

  public Long getLineId() {
    return lineId;
  }

  public void setLineId(Long lineId) {
    this.lineId = lineId;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
