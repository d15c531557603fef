package com.atrium.portal.operator;

import com.atrium.partner.PartnerReconciliation;
import com.atrium.partner.PartnerTransactions;
import com.atrium.platform.DomainException;
import com.atrium.portal.Chart;
import com.atrium.portal.LocaleBacking;
import com.atrium.portal.Permissions;
import com.atrium.portal.PortalMessages;
import com.atrium.report.Dashboard;
import com.atrium.report.DashboardRange;
import com.atrium.report.DashboardRange.Preset;
import com.atrium.report.DashboardService;
import com.atrium.report.RangeFigures;
import com.atrium.report.RangeFigures.Breakdown;
import com.atrium.report.RangeFigures.Figures;
import com.atrium.report.RangeFigures.Row;
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
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * {@code operator/dashboard.xhtml}: today's figures and the last 30 days as a Chart.js chart, then
 * the figures of a range of days ({@code ?range=}, {@code from}, {@code to}) per mall, category or
 * tenant ({@code ?by=}), a chart for each figure. Every choice is a request parameter, so a range
 * is a link that can be bookmarked.
 */
@Named
@RequestScoped
public class DashboardBacking {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

  @EJB DashboardService dashboards;
  @Inject LocaleBacking locale;
  @Inject MallConfiguration mall;
  @Inject CurrentCaller caller;
  @EJB MallRegistry registry;
  @EJB PartnerTransactions partnerTransactions;
  @EJB PartnerReconciliation reconciliation;
  @Inject Permissions may;

  private static final String EXCHANGES_PAGE = "/operator/clearing/partner-exchanges.xhtml";
  private static final String RECONCILIATION_PAGE = "/operator/clearing/reconciliation.xhtml";

  /** Open reconciliation mismatches older than this show as a warning to finance. */
  static final Duration STALE_MISMATCH = Duration.ofDays(3);

  private Long overdueExchanges;
  private Long staleMismatches;

  private Dashboard dashboard;

  private RangeFigures range;

  /** Why the range asked for was refused (then the page shows the last 7 days), or null. */
  private String rangeError;

  private Long mallAsked;

  /** The name of the dashboard's mall, read once per request. */
  private String mallName;

  /** The mall asked for ({@code ?mall=<id>}); the group when absent or not a number. */
  @PostConstruct
  void load() {
    String asked =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("mall");
    Long mallId = asked != null && asked.matches("\\d{1,18}") ? Long.valueOf(asked) : null;
    dashboard = dashboards.dashboard(mallId);
    mallAsked = mallId;
    Map<String, String> p =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Preset preset = option(Preset.class, p.get("range"), Preset.LAST_7_DAYS);
    Breakdown by = option(Breakdown.class, p.get("by"), Breakdown.TENANT);
    try {
      range = dashboards.range(preset, date(p.get("from")), date(p.get("to")), by, mallId);
    } catch (DomainException e) {
      rangeError =
          PortalMessages.text(
              "RANGE_TOO_LONG".equals(e.code())
                  ? "dashboard.range.tooLong"
                  : "dashboard.range.invalid",
              DashboardRange.MAX_DAYS);
      range = dashboards.range(Preset.LAST_7_DAYS, null, null, by, mallId);
    }
  }

  /**
   * Exchanges out the partners left pending past the configured time: finance's and the admin's to
   * chase, so 0 for the other roles (who could not open the list).
   */
  public long getOverdueExchanges() {
    if (overdueExchanges == null) {
      overdueExchanges = may.open(EXCHANGES_PAGE) ? partnerTransactions.overdueCount() : 0L;
    }
    return overdueExchanges;
  }

  /** Reconciliation mismatches still open after {@link #STALE_MISMATCH}; 0 for other roles. */
  public long getStaleMismatches() {
    if (staleMismatches == null) {
      staleMismatches =
          may.open(RECONCILIATION_PAGE) ? reconciliation.openOlderThan(STALE_MISMATCH) : 0L;
    }
    return staleMismatches;
  }

  /** The enum constant named (case-insensitively, '-' for '_'), or the default. */
  private static <E extends Enum<E>> E option(Class<E> type, String asked, E otherwise) {
    if (asked == null) {
      return otherwise;
    }
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equalsIgnoreCase(asked.replace('-', '_')))
        .findFirst()
        .orElse(otherwise);
  }

  private static LocalDate date(String asked) {
    try {
      return asked == null || asked.isBlank() ? null : LocalDate.parse(asked.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public RangeFigures getRange() {
    return range;
  }

  public String getRangeError() {
    return rangeError;
  }

  /** The mall asked for, kept in every range and breakdown link; null for the group. */
  public Long getMallAsked() {
    return mallAsked;
  }

  public List<Preset> getPresets() {
    return List.of(Preset.values()).subList(0, Preset.values().length - 1);
  }

  public List<Breakdown> getBreakdowns() {
    return List.of(Breakdown.values());
  }

  /** A row's name as the page shows it: a category's in the user's language; "no store". */
  public String rowName(Row row) {
    if (row.key() == null) {
      return PortalMessages.text("dashboard.noStore");
    }
    return range.by() == Breakdown.CATEGORY
        ? PortalMessages.text("category." + row.key())
        : row.name();
  }

  /**
   * The dashboard's address for a range preset and a breakdown, keeping the mall and, for the
   * custom range, its days: {@code preset} or {@code by} null keeps the current one.
   */
  public String link(String preset, String by) {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    Preset p = preset == null ? range.preset() : Preset.valueOf(preset);
    StringBuilder url =
        new StringBuilder(context)
            .append("/operator/dashboard.xhtml?range=")
            .append(p.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .append("&by=")
            .append((by == null ? range.by().name() : by).toLowerCase(Locale.ROOT));
    if (p == Preset.CUSTOM) {
      url.append("&from=").append(range.first()).append("&to=").append(range.last());
    }
    if (mallAsked != null) {
      url.append("&mall=").append(mallAsked);
    }
    return url.toString();
  }

  /** "first to last (n days, zone)" of the range shown. */
  public String getRangeNote() {
    return PortalMessages.text(
        "dashboard.range.note",
        range.first().toString(),
        range.last().toString(),
        range.range().days(),
        range.zone().getId());
  }

  /** The figures' names, in the order of the cards and charts. */
  public List<String> getFigureKeys() {
    return FIGURES;
  }

  private static final List<String> FIGURES =
      List.of("issued", "redeemed", "expired", "active", "new", "sales");

  /** One figure of a row or the total, formatted; sales as their amount. */
  public String figure(Figures f, String key) {
    return "sales".equals(key) ? money(f.salesAmount()) : number(value(key).applyAsLong(f));
  }

  private static ToLongFunction<Figures> value(String key) {
    return switch (key) {
      case "issued" -> Figures::pointsIssued;
      case "redeemed" -> Figures::pointsRedeemed;
      case "expired" -> Figures::pointsExpired;
      case "active" -> Figures::activeMembers;
      case "new" -> Figures::newMembers;
      default -> Figures::sales;
    };
  }

  /** A bar chart of one figure over the breakdown's rows (the amount, in CNY, for sales). */
  public String breakdownChart(String key) {
    List<Row> rows = range.rows();
    List<? extends Number> values =
        "sales".equals(key)
            ? rows.stream().map(r -> r.figures().salesAmount()).toList()
            : rows.stream().map(r -> value(key).applyAsLong(r.figures())).toList();
    return Chart.over(rows.stream().map(this::rowName).toList())
        .horizontal()
        .withoutLegend()
        .bars(
            PortalMessages.text("dashboard.figure." + key),
            values,
            COLOURS.getOrDefault(key, "rgba(33,150,243,0.55)"))
        .json();
  }

  private static final Map<String, String> COLOURS =
      Map.of(
          "issued", "rgba(33,150,243,0.6)",
          "redeemed", "rgba(22,163,74,0.6)",
          "expired", "rgba(148,163,184,0.8)",
          "active", "rgba(124,58,237,0.55)",
          "new", "rgba(14,165,233,0.55)",
          "sales", "rgba(245,158,11,0.65)");

  /** The range's sales amount per day (bars). */
  public String getRangeChart() {
    var days = range.days();
    return Chart.over(days.stream().map(d -> DAY.format(d.day())).toList())
        .bars(
            PortalMessages.text("dashboard.chart.amount"),
            days.stream().map(d -> d.amount() == null ? BigDecimal.ZERO : d.amount()).toList(),
            "rgba(245,158,11,0.65)")
        .json();
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
    var days = dashboard.last30Days();
    return Chart.over(days.stream().map(d -> DAY.format(d.day())).toList())
        .axes("points", "amount")
        .bars(
            PortalMessages.text("dashboard.chart.points"),
            days.stream().map(d -> d.points()).toList(),
            "rgba(33,150,243,0.55)")
        .line(
            PortalMessages.text("dashboard.chart.amount"),
            days.stream().map(d -> d.amount() == null ? BigDecimal.ZERO : d.amount()).toList(),
            "#f59e0b",
            "amount")
        .json();
  }

  private Locale locale() {
    return locale.getLocale();
  }
}
