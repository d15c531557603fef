package com.atrium.portal.operator.clearing;

import com.atrium.clearing.ClearingRuns;
import com.atrium.clearing.PeriodKind;
import com.atrium.clearing.RunDetail;
import com.atrium.clearing.RunStatus;
import com.atrium.clearing.RunSummary;
import com.atrium.portal.PortalMessages;
import com.atrium.portal.operator.members.PagedModel;
import com.atrium.tenant.MallSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * {@code operator/clearing/runs.xhtml}: the runs the caller may see, by mall and status, a page at
 * a time, and the dialog that starts a run. Starting a month's run computes every statement, which
 * takes a while: the page sends it without holding its other requests back (the button is {@code
 * async}) and shows that it is computing until the answer comes.
 */
@Named
@ViewScoped
public class ClearingRunsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Service field name → input id, so a refusal shows next to the field it is about. */
  private static final Map<String, String> START_FIELDS =
      Map.of(
          "mall", "start:mall",
          "periodKind", "start:kind",
          "periodStart", "start:day",
          "breakageSharePercent", "start:share");

  @EJB ClearingRuns runs;
  @Inject ClearingFormat format;

  private PagedModel<RunSummary> model;
  private List<MallSummary> malls;
  private String mall;
  private RunStatus status;

  private String startMall;
  private PeriodKind startKind;
  private LocalDate startDay;
  private BigDecimal share;

  /** The run this page started last, offered as a link once it is computed. */
  private Long startedId;

  private String startedLabel;

  @PostConstruct
  void init() {
    malls = runs.malls();
  }

  /** Runs on every GET, after the {@code mall} and {@code status} view parameters are set. */
  public void load() {
    if (mall != null && malls.stream().noneMatch(m -> m.code().equals(mall))) {
      mall = null;
    }
    search();
    prepareStart();
  }

  public void search() {
    ClearingRuns service = runs;
    String m = mall;
    RunStatus s = status;
    model =
        new PagedModel<>(
            (offset, limit) -> service.summaries(m, s, offset, limit),
            r -> String.valueOf(r.run().id()));
  }

  /** The start dialog opens with last month of the only (or first) mall and no breakage share. */
  public void prepareStart() {
    startMall = mall != null ? mall : malls.isEmpty() ? null : malls.get(0).code();
    startKind = PeriodKind.MONTH;
    startDay = LocalDate.now().withDayOfMonth(1).minusMonths(1);
    share = BigDecimal.ZERO;
  }

  public void start() {
    try {
      // a month is named by any of its days: the run starts on its first
      LocalDate first =
          startKind == PeriodKind.MONTH && startDay != null ? startDay.withDayOfMonth(1) : startDay;
      RunDetail started = runs.start(startMall, startKind, first, share);
      startedId = started.run().id();
      startedLabel = started.run().mallCode() + " " + format.period(started.run());
      search();
      PrimeFaces.current().executeScript("PF('startDialog').hide()");
    } catch (RuntimeException e) {
      PortalMessages.error(e, START_FIELDS);
    }
  }

  public String mallName(String code) {
    return malls.stream()
        .filter(m -> m.code().equals(code))
        .map(MallSummary::name)
        .findFirst()
        .orElse("");
  }

  public RunStatus[] getStatuses() {
    return RunStatus.values();
  }

  public PeriodKind[] getKinds() {
    return PeriodKind.values();
  }

  public List<MallSummary> getMalls() {
    return malls;
  }

  public PagedModel<RunSummary> getModel() {
    return model;
  }

  public String getMall() {
    return mall;
  }

  public void setMall(String mall) {
    this.mall = mall;
  }

  public RunStatus getStatus() {
    return status;
  }

  public void setStatus(RunStatus status) {
    this.status = status;
  }

  public String getStartMall() {
    return startMall;
  }

  public void setStartMall(String startMall) {
    this.startMall = startMall;
  }

  public PeriodKind getStartKind() {
    return startKind;
  }

  public void setStartKind(PeriodKind startKind) {
    this.startKind = startKind;
  }

  public LocalDate getStartDay() {
    return startDay;
  }

  public void setStartDay(LocalDate startDay) {
    this.startDay = startDay;
  }

  public BigDecimal getShare() {
    return share;
  }

  public void setShare(BigDecimal share) {
    this.share = share;
  }

  public Long getStartedId() {
    return startedId;
  }

  public String getStartedLabel() {
    return startedLabel;
  }
}
