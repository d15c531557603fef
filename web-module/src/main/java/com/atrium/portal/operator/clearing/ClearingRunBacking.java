package com.atrium.portal.operator.clearing;

import com.atrium.clearing.ClearingDisputes;
import com.atrium.clearing.ClearingRuns;
import com.atrium.clearing.PartyKind;
import com.atrium.clearing.RunDetail;
import com.atrium.clearing.RunStatus;
import com.atrium.clearing.RunView;
import com.atrium.clearing.StoredLine;
import com.atrium.clearing.StoredStatement;
import com.atrium.platform.DomainException;
import com.atrium.platform.Page;
import com.atrium.portal.NotFound;
import com.atrium.portal.PortalMessages;
import com.atrium.portal.operator.members.PagedModel;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallSummary;
import com.atrium.tenant.TenantService;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@code operator/clearing/run.xhtml}: one run with its statements, the lines of the statement
 * picked, and the run's next step (compute again, submit, approve, close) where its status and the
 * person's role allow it. A refusal of the service is shown on the page in the person's language.
 */
@Named
@ViewScoped
public class ClearingRunBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ClearingRuns runs;
  @EJB ClearingDisputes disputes;
  @EJB TenantService tenants;
  @Inject ClearingFormat format;
  @Inject MallConfiguration configuration;

  private Long id;
  private RunDetail detail;
  private String mallName;
  private Map<Long, String> tenantNames = Map.of();
  private StoredStatement selected;
  private PagedModel<StoredLine> lines;

  /** How many of the run's disputes wait for an answer (finance's disputes page answers them). */
  private long openDisputes;

  /** What the last action said: a confirmation or a refusal, shown until the next action. */
  private String notice;

  private boolean noticeRefusal;

  /** Runs on the initial GET, after the {@code id} view parameter is set. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (id == null) {
      NotFound.send("No such run");
      return;
    }
    try {
      show(runs.run(id));
    } catch (DomainException e) {
      if (e.kind() != DomainException.Kind.NOT_FOUND) {
        throw e;
      }
      // another mall's (or an unknown) run: the same answer as a page that does not exist
      NotFound.send("No such run");
    }
  }

  public void recompute() {
    act(runs::recompute, "clearing.run.recomputed");
  }

  public void submit() {
    act(runs::submit, "clearing.run.submitted");
  }

  public void approve() {
    act(runs::approve, "clearing.run.approved");
  }

  public void close() {
    act(runs::close, "clearing.run.closed");
  }

  /** Shows the lines of the statement picked in the table. */
  public void select(StoredStatement statement) {
    selected = statement;
    ClearingRuns service = runs;
    long run = id;
    long statementId = statement.id();
    lines =
        new PagedModel<>(
            (offset, limit) -> {
              var page = service.lines(run, statementId, offset, limit);
              return new Page<>(page.lines(), page.offset(), page.limit(), page.total());
            },
            l -> Long.toString(l.id()));
  }

  private void act(Function<Long, RunDetail> step, String done) {
    try {
      show(step.apply(id));
      say(PortalMessages.text(done), false);
    } catch (RuntimeException e) {
      say(refusal(e), true);
    }
  }

  /** The refusal's text in the person's language; anything else is not a refusal. */
  static String refusal(RuntimeException e) {
    DomainException domain = PortalMessages.cause(e, DomainException.class);
    if (domain != null) {
      String key = "error." + domain.code();
      String text = PortalMessages.text(key);
      return text.equals(key) ? domain.getMessage() : text;
    }
    if (PortalMessages.cause(e, EJBAccessException.class) != null) {
      return PortalMessages.text("error.FORBIDDEN");
    }
    throw e;
  }

  private void say(String text, boolean refusal) {
    notice = text;
    noticeRefusal = refusal;
  }

  /**
   * Shows the run as the service answered; a statement picked before stays picked (by its party:
   * computing again writes the statements anew, under new ids).
   */
  private void show(RunDetail d) {
    detail = d;
    openDisputes = disputes.openOfRun(d.run().id());
    mallName =
        runs.malls().stream()
            .filter(m -> m.code().equals(d.run().mallCode()))
            .map(MallSummary::name)
            .findFirst()
            .orElse("");
    tenantNames =
        tenants.namesOf(
            d.statements().stream()
                .map(StoredStatement::partyId)
                .filter(Objects::nonNull)
                .toList());
    StoredStatement before = selected;
    selected = null;
    lines = null;
    if (before != null) {
      d.statements().stream()
          .filter(s -> s.party().equals(before.party()))
          .findFirst()
          .ifPresent(this::select);
    }
  }

  /** A statement's party as people know it: the tenant's name, the operator's, or "Partner". */
  public String partyName(StoredStatement s) {
    return switch (s.partyKind()) {
      case OPERATOR -> configuration.operatorName();
      case PARTNER -> PortalMessages.text("clearing.partyKind.PARTNER");
      case TENANT -> tenantNames.getOrDefault(s.partyId(), "");
    };
  }

  /**
   * Who pays whom, by the sign of the net: a tenant's positive net is paid by the operator, a
   * negative one owed to it; the operator's net is what it keeps (or pays out, when negative).
   */
  public String netMeaning(StoredStatement s) {
    int sign = s.net().signum();
    if (sign == 0) {
      return "";
    }
    if (s.partyKind() == PartyKind.OPERATOR) {
      return PortalMessages.text(sign > 0 ? "clearing.net.kept" : "clearing.net.paidOut");
    }
    return PortalMessages.text(sign > 0 ? "clearing.net.owed" : "clearing.net.owes");
  }

  public boolean isDraft() {
    return status() == RunStatus.DRAFT;
  }

  /** A draft goes to review once its period has ended (before, its figures are not complete). */
  public boolean isPeriodEnded() {
    return detail != null && !detail.run().bookedTo().isAfter(Instant.now());
  }

  public boolean isInReview() {
    return status() == RunStatus.IN_REVIEW;
  }

  public boolean isApproved() {
    return status() == RunStatus.APPROVED;
  }

  private RunStatus status() {
    return detail == null ? null : detail.run().status();
  }

  public RunView getRun() {
    return detail == null ? null : detail.run();
  }

  public RunDetail getDetail() {
    return detail;
  }

  public long getOpenDisputes() {
    return openDisputes;
  }

  public String getMallName() {
    return mallName;
  }

  public StoredStatement getSelected() {
    return selected;
  }

  public void setSelected(StoredStatement selected) {
    this.selected = selected;
  }

  public PagedModel<StoredLine> getLines() {
    return lines;
  }

  public String getNotice() {
    return notice;
  }

  public boolean isNoticeRefusal() {
    return noticeRefusal;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
