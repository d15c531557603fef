package com.atrium.portal.operator.clearing;

import com.atrium.clearing.ClearingDisputes;
import com.atrium.clearing.ClearingRuns;
import com.atrium.clearing.DisputeStatus;
import com.atrium.clearing.DisputeSummary;
import com.atrium.clearing.DisputeView;
import com.atrium.clearing.StoredLine;
import com.atrium.platform.DomainException;
import com.atrium.platform.Page;
import com.atrium.portal.NotFound;
import com.atrium.portal.PortalMessages;
import com.atrium.portal.operator.members.PagedModel;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * {@code operator/clearing/disputes.xhtml}: the tenants' disputes, open ones first, by mall and
 * status (or one run's, {@code ?run=}, oldest first), and the dialog that shows one with the line
 * it names and answers it: accepted with a correction in CNY, taken exactly as typed, or rejected
 * with a reason. The service judges the answer; its refusal shows at the field it is about.
 */
@Named
@ViewScoped
public class ClearingDisputesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Service field name → input id, so a refusal shows next to the field it is about. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "outcome", "answer:outcome",
          "correction", "answer:correction",
          "comment", "answer:comment");

  @EJB ClearingDisputes disputes;
  @EJB ClearingRuns runs;
  @Inject ClearingFormat format;
  @Inject MallConfiguration configuration;

  private List<MallSummary> malls;
  private String mall;
  private DisputeStatus status;
  private Long run;
  private String runLabel;
  private PagedModel<DisputeSummary> model;

  private DisputeSummary selected;
  private StoredLine line;
  private DisputeStatus outcome;
  private BigDecimal correction;
  private String comment;

  @PostConstruct
  void init() {
    malls = runs.malls();
  }

  /** Runs on every GET, after the {@code mall}, {@code status} and {@code run} parameters. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (mall != null && malls.stream().noneMatch(m -> m.code().equals(mall))) {
      mall = null;
    }
    if (run != null) {
      try {
        var r = runs.run(run).run();
        mall = r.mallCode();
        runLabel = r.mallCode() + " " + format.period(r);
      } catch (DomainException e) {
        if (e.kind() != DomainException.Kind.NOT_FOUND) {
          throw e;
        }
        // another mall's (or an unknown) run: the same answer as a page that does not exist
        NotFound.send("No such run");
        return;
      }
    }
    search();
  }

  public void search() {
    ClearingDisputes service = disputes;
    String m = mall;
    DisputeStatus s = status;
    Long r = run;
    model =
        new PagedModel<>(
            r == null
                ? (offset, limit) -> service.list(m, s, offset, limit)
                : (offset, limit) -> {
                  var page = service.ofRun(r, offset, limit);
                  return new Page<>(
                      page.disputes().stream().map(d -> new DisputeSummary(d, m)).toList(),
                      page.offset(),
                      page.limit(),
                      page.total());
                },
            d -> String.valueOf(d.dispute().id()));
  }

  /** Leaves the one run's list for every dispute of its mall. */
  public void everyRun() {
    run = null;
    runLabel = null;
    search();
  }

  /** Opens the dialog on a dispute: its text, the line it names, and the answer form if open. */
  public void select(DisputeSummary row) {
    selected = row;
    line = disputes.disputedLine(row.dispute().id()).orElse(null);
    outcome = DisputeStatus.ACCEPTED;
    correction = null;
    comment = null;
  }

  public void answer() {
    try {
      DisputeView answered =
          disputes.answer(
              selected.dispute().id(),
              outcome,
              outcome == DisputeStatus.ACCEPTED ? correction : null,
              comment);
      selected = new DisputeSummary(answered, selected.mallCode());
      PortalMessages.info("disputes.answered");
      search();
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
    }
  }

  /** The zone of a dispute's mall, in which its times are shown. */
  public String zone(DisputeSummary row) {
    return configuration.zoneOf(row.mallCode()).getId();
  }

  public boolean isOpen() {
    return selected != null && selected.dispute().status() == DisputeStatus.OPEN;
  }

  public boolean isAccepting() {
    return outcome == DisputeStatus.ACCEPTED;
  }

  public DisputeStatus[] getStatuses() {
    return DisputeStatus.values();
  }

  public DisputeStatus[] getOutcomes() {
    return new DisputeStatus[] {DisputeStatus.ACCEPTED, DisputeStatus.REJECTED};
  }

  public List<MallSummary> getMalls() {
    return malls;
  }

  public PagedModel<DisputeSummary> getModel() {
    return model;
  }

  public String getMall() {
    return mall;
  }

  public void setMall(String mall) {
    this.mall = mall;
  }

  public DisputeStatus getStatus() {
    return status;
  }

  public void setStatus(DisputeStatus status) {
    this.status = status;
  }

  public Long getRun() {
    return run;
  }

  public void setRun(Long run) {
    this.run = run;
  }

  public String getRunLabel() {
    return runLabel;
  }

  public DisputeSummary getSelected() {
    return selected;
  }

  public StoredLine getLine() {
    return line;
  }

  public DisputeStatus getOutcome() {
    return outcome;
  }

  public void setOutcome(DisputeStatus outcome) {
    this.outcome = outcome;
  }

  public BigDecimal getCorrection() {
    return correction;
  }

  public void setCorrection(BigDecimal correction) {
    this.correction = correction;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
