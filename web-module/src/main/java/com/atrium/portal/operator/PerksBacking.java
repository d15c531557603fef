package com.atrium.portal.operator;

import com.atrium.parking.ParkingDesk;
import com.atrium.parking.ParkingTerms;
import com.atrium.portal.Chart;
import com.atrium.portal.LocaleBacking;
import com.atrium.portal.PortalMessages;
import com.atrium.tenant.MallSummary;
import com.atrium.tenant.ParkingPerks;
import com.atrium.wifi.WifiDesk;
import com.atrium.wifi.WifiPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code operator/perks.xhtml} (a mall's parking and WiFi settings as configured, with the holiday
 * calendar, and today's car park sessions and WiFi authorisations) and {@code
 * operator/perks-report.xhtml} (a day's free minutes by reason, points paid and who pays, with a
 * chart). The mall is {@code ?mall=<id>} (a one-mall operator always gets theirs), the report's day
 * {@code ?day=yyyy-MM-dd} (today by default): links that can be bookmarked. Reads only.
 */
@Named
@RequestScoped
public class PerksBacking {

  @EJB ParkingDesk parking;
  @EJB WifiDesk wifi;
  @Inject LocaleBacking locale;

  private Long mallId;
  private MallSummary mall;
  private LocalDate day;
  private String dayError;
  private ParkingTerms terms;
  private WifiPolicy policy;
  private List<ParkingDesk.SessionRow> sessions;
  private List<WifiDesk.AuthorisationRow> authorisations;
  private ParkingDesk.DailyReport report;

  @PostConstruct
  void load() {
    Map<String, String> p =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String asked = p.get("mall");
    mall = parking.mall(asked != null && asked.matches("\\d{1,18}") ? Long.valueOf(asked) : null);
    mallId = mall.id();
    String d = p.get("day");
    day = parking.today(mallId);
    if (d != null && !d.isBlank()) {
      try {
        day = LocalDate.parse(d.trim());
      } catch (DateTimeParseException e) {
        dayError = PortalMessages.text("perks.report.dayInvalid");
      }
    }
  }

  public List<MallSummary> getMalls() {
    return parking.malls();
  }

  public MallSummary getMall() {
    return mall;
  }

  public LocalDate getDay() {
    return day;
  }

  public String getDayError() {
    return dayError;
  }

  public ParkingTerms getTerms() {
    if (terms == null) {
      terms = parking.terms(mallId);
    }
    return terms;
  }

  public WifiPolicy getPolicy() {
    if (policy == null) {
      policy = wifi.policy(mallId);
    }
    return policy;
  }

  public int getLogRetentionDays() {
    return wifi.logRetentionDays(mallId);
  }

  /** The tiers in order (lowest first), as the configuration lists them. */
  public List<String> getTiers() {
    return List.copyOf(getTerms().perks().freeMinutesByTier().keySet());
  }

  /** "200.00 → 60 min · 500.00 → 120 min", or "—" without bonuses. */
  public String bonuses(ParkingPerks perks) {
    if (perks.spendBonuses().isEmpty()) {
      return "—";
    }
    return perks.spendBonuses().stream()
        .map(
            b ->
                PortalMessages.text(
                    "perks.bonus", money(b.thresholdCny()), String.valueOf(b.extraMinutes())))
        .collect(Collectors.joining(" · "));
  }

  public String getHolidays() {
    return dates(getTerms().holidays());
  }

  public String getWorkdays() {
    return dates(getTerms().workdays());
  }

  private static String dates(java.util.Set<LocalDate> days) {
    return days.isEmpty()
        ? "—"
        : new TreeSet<>(days).stream().map(LocalDate::toString).collect(Collectors.joining(", "));
  }

  /** Whether the report's day (today on the settings page) takes the holiday thresholds. */
  public boolean isHoliday() {
    return getTerms().isHoliday(day);
  }

  public List<ParkingDesk.SessionRow> getSessions() {
    if (sessions == null) {
      sessions = parking.sessions(mallId, parking.today(mallId));
    }
    return sessions;
  }

  public List<WifiDesk.AuthorisationRow> getAuthorisations() {
    if (authorisations == null) {
      authorisations = wifi.authorisations(mallId, wifi.today(mallId));
    }
    return authorisations;
  }

  public ParkingDesk.DailyReport getReport() {
    if (report == null) {
      report = parking.report(mallId, day);
    }
    return report;
  }

  /** Chart.js: the day's free minutes by reason. */
  public String getChart() {
    ParkingDesk.DailyReport r = getReport();
    return Chart.over(
            List.of("TIER", "SPEND", "PARTNER").stream()
                .map(reason -> PortalMessages.text("perks.reason." + reason))
                .toList())
        .withoutLegend()
        .bars(
            PortalMessages.text("perks.report.minutes"),
            List.of(r.tierMinutes(), r.spendMinutes(), r.partnerMinutes()),
            "rgba(33,150,243,0.6)")
        .json();
  }

  /** Chart.js: who pays the day's free minutes (CNY). */
  public String getCostChart() {
    List<ParkingDesk.PayerRow> payers = getReport().payers();
    return Chart.over(payers.stream().map(p -> payer(p.payer())).toList())
        .horizontal()
        .withoutLegend()
        .bars(
            PortalMessages.text("perks.report.cost"),
            payers.stream().map(ParkingDesk.PayerRow::amount).toList(),
            "rgba(245,158,11,0.65)")
        .json();
  }

  /** A payer as the page names it: the operator in the page's language, a tenant by code. */
  public String payer(String payer) {
    return "OPERATOR".equals(payer) ? PortalMessages.text("perks.payer.operator") : payer;
  }

  public String state(String state) {
    return PortalMessages.text("perks.state." + state);
  }

  public String method(String method) {
    return method == null ? "" : PortalMessages.text("perks.method." + method);
  }

  public String result(String result) {
    return result == null ? "" : PortalMessages.text("perks.result." + result);
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : PortalMessages.dateTime(instant, wifi.zone(mallId));
  }

  /** Fen as CNY: "¥12.50". */
  public String fen(long fen) {
    return money(BigDecimal.valueOf(fen, 2));
  }

  public String money(BigDecimal amount) {
    NumberFormat f = NumberFormat.getNumberInstance(locale.getLocale());
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    f.setGroupingUsed(false);
    return "¥" + f.format(amount == null ? BigDecimal.ZERO : amount);
  }
}
