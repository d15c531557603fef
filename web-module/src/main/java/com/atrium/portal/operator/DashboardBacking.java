package com.atrium.portal.operator;

import com.atrium.portal.LocaleBacking;
import com.atrium.portal.PortalMessages;
import com.atrium.report.Dashboard;
import com.atrium.report.DashboardService;
import com.atrium.security.CurrentCaller;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** {@code operator/dashboard.xhtml}: today's figures and the last 30 days as a Chart.js chart. */
@Named
@RequestScoped
public class DashboardBacking {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

  @EJB DashboardService dashboards;
  @Inject LocaleBacking locale;
  @Inject MallConfiguration mall;
  @Inject CurrentCaller caller;
  @EJB MallRegistry registry;

  private Dashboard dashboard;

  /** The name of the dashboard's mall, read once per request. */
  private String mallName;

  /** The mall asked for ({@code ?mall=<id>}); the group when absent or not a number. */
  @PostConstruct
  void load() {
    String asked =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("mall");
    Long mallId = asked != null && asked.matches("\\d{1,18}") ? Long.valueOf(asked) : null;
    dashboard = dashboards.dashboard(mallId);
  }

  /** The malls a group-wide operator switches between; empty for a one-mall operator. */
  public List<MallSummary> getMalls() {
    return caller.mallId().isPresent() ? List.of() : registry.malls();
  }

  /** The name of the mall the figures are for, or null for the group. */
  public String getMallName() {
    Long id = dashboard.mallId();
    if (id == null) {
      return null;
    }
    if (mallName == null) {
      mallName = registry.mall(id).map(MallSummary::name).orElse("");
    }
    return mallName;
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  /** Today's date in the mall's zone, the day the "today" figures count. */
  public String getToday() {
    return LocalDate.now(mall.zone()).toString();
  }

  public String number(long n) {
    return NumberFormat.getIntegerInstance(locale()).format(n);
  }

  public String money(BigDecimal amount) {
    NumberFormat f = NumberFormat.getNumberInstance(locale());
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return "¥" + f.format(amount == null ? BigDecimal.ZERO : amount);
  }

  /** Chart.js configuration: points issued as bars (left axis), sales amount as a line (right). */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder points = Json.createArrayBuilder();
    JsonArrayBuilder amounts = Json.createArrayBuilder();
    for (var day : dashboard.last30Days()) {
      labels.add(DAY.format(day.day()));
      points.add(day.points());
      amounts.add(day.amount() == null ? BigDecimal.ZERO : day.amount());
    }
    var data =
        Json.createObjectBuilder()
            .add("labels", labels)
            .add(
                "datasets",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "bar")
                            .add("label", PortalMessages.text("dashboard.chart.points"))
                            .add("data", points)
                            .add("yAxisID", "points")
                            .add("backgroundColor", "rgba(33,150,243,0.55)")
                            .add("borderRadius", 4)
                            .add("order", 2))
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "line")
                            .add("label", PortalMessages.text("dashboard.chart.amount"))
                            .add("data", amounts)
                            .add("yAxisID", "amount")
                            .add("borderColor", "#f59e0b")
                            .add("backgroundColor", "#f59e0b")
                            .add("tension", 0.3)
                            .add("pointRadius", 2)
                            .add("order", 1)));
    var grid = Json.createObjectBuilder().add("color", "#eef2f7");
    var options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add(
                "interaction",
                Json.createObjectBuilder().add("mode", "index").add("intersect", false))
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("position", "bottom")))
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add(
                        "x",
                        Json.createObjectBuilder()
                            .add("grid", Json.createObjectBuilder().add("display", false)))
                    .add(
                        "points",
                        Json.createObjectBuilder()
                            .add("type", "linear")
                            .add("position", "left")
                            .add("beginAtZero", true)
                            .add("grid", grid))
                    .add(
                        "amount",
                        Json.createObjectBuilder()
                            .add("type", "linear")
                            .add("position", "right")
                            .add("beginAtZero", true)
                            .add(
                                "grid", Json.createObjectBuilder().add("drawOnChartArea", false))));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", data)
        .add("options", options)
        .build()
        .toString();
  }

  private Locale locale() {
    return locale.getLocale();
  }
}
