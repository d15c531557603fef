package com.atrium.portal.operator.reports;

import com.atrium.platform.DomainException;
import com.atrium.portal.Chart;
import com.atrium.portal.LocaleBacking;
import com.atrium.portal.NotFound;
import com.atrium.portal.PortalMessages;
import com.atrium.report.LiabilityReport;
import com.atrium.report.LiabilityReport.Issuer;
import com.atrium.report.LiabilityReport.IssuerKind;
import com.atrium.report.LiabilityReportService;
import com.atrium.security.CurrentCaller;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;

/**
 * {@code operator/liability.xhtml}: the points liability and breakage report of one mall or the
 * group, with Chart.js charts of the outstanding points by expiry month and the points settled per
 * month. A one-mall login always sees its own mall; a group-wide one picks a mall or the group.
 */
@Named
@RequestScoped
public class LiabilityBacking {

  @EJB LiabilityReportService reports;
  @EJB MallRegistry registry;
  @Inject CurrentCaller caller;
  @Inject LocaleBacking locale;

  private LiabilityReport report;

  /** The mall asked for is one the caller may not see, or none. */
  private boolean notFound;

  /** The mall asked for ({@code ?mall=<code>}); the group when absent. */
  @PostConstruct
  void load() {
    String asked =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("mall");
    String mall =
        caller
            .mallId()
            .flatMap(registry::mall)
            .map(MallSummary::code)
            .orElse(asked != null && asked.matches("[A-Za-z0-9_-]{1,40}") ? asked : null);
    try {
      report = reports.report(mall);
    } catch (DomainException e) {
      if (e.kind() != DomainException.Kind.NOT_FOUND) {
        throw e;
      }
      notFound = true;
    }
  }

  /** Runs before the page renders: a mall the caller may not see is a page that does not exist. */
  public void check() {
    if (notFound) {
      NotFound.send("No such mall");
    }
  }

  public LiabilityReport getReport() {
    return report;
  }

  /** The malls a group-wide operator switches between; empty for a one-mall operator. */
  public List<MallSummary> getMalls() {
    return caller.mallId().isPresent() ? List.of() : registry.malls();
  }

  /** The name of the report's mall, or null for the group. */
  public String getMallName() {
    if (report == null || report.mallCode() == null) {
      return null;
    }
    return registry.malls().stream()
        .filter(m -> m.code().equals(report.mallCode()))
        .map(MallSummary::name)
        .findFirst()
        .orElse(report.mallCode());
  }

  /** An issuer as the page names it: the tenant's code and name, the operator, a partner. */
  public String issuer(Issuer issuer) {
    return issuer.kind() == IssuerKind.TENANT
        ? issuer.code() + " " + issuer.name()
        : PortalMessages.text("liability.issuer." + issuer.kind().name()) + " " + issuer.name();
  }

  public String number(long n) {
    return NumberFormat.getIntegerInstance(locale.getLocale()).format(n);
  }

  public String money(BigDecimal amount) {
    NumberFormat f = NumberFormat.getNumberInstance(locale.getLocale());
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return "¥" + f.format(amount == null ? BigDecimal.ZERO : amount);
  }

  /** A rate as a percentage with two decimals, or a dash when there is none. */
  public String percent(Optional<BigDecimal> rate) {
    if (rate.isEmpty()) {
      return "—";
    }
    NumberFormat f = NumberFormat.getPercentInstance(locale.getLocale());
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return f.format(rate.get());
  }

  /** Chart.js: outstanding points per expiry month (bars), their value at cost (line). */
  public String getOutstandingChart() {
    var months = report.byExpiryMonth();
    return Chart.over(months.stream().map(m -> m.month().toString()).toList())
        .axes("points", "value")
        .bars(
            PortalMessages.text("liability.chart.outstanding"),
            months.stream().map(m -> m.outstanding().points()).toList(),
            "rgba(33,150,243,0.55)")
        .line(
            PortalMessages.text("liability.chart.atCost"),
            months.stream().map(m -> m.outstanding().atCost()).toList(),
            "#f59e0b",
            "value")
        .json();
  }

  /** Chart.js: points redeemed and expired per month of the window (bars). */
  public String getSettledChart() {
    var months = report.months();
    return Chart.over(months.stream().map(m -> m.month().toString()).toList())
        .axes("points", null)
        .bars(
            PortalMessages.text("liability.chart.redeemed"),
            months.stream().map(m -> m.redeemed()).toList(),
            "rgba(16,185,129,0.55)")
        .bars(
            PortalMessages.text("liability.chart.expired"),
            months.stream().map(m -> m.expired()).toList(),
            "rgba(239,68,68,0.6)")
        .json();
  }
}
