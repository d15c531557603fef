package com.atrium.portal.operator.rules;

import com.atrium.earning.Campaign;
import com.atrium.earning.EarningRuleSet;
import com.atrium.earning.RuleChanges;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The rules as marketing reads them, in the user's language: a version as a few labelled lines
 * (base rate, minimum spend, caps, multipliers with the names of their categories, tiers and
 * tenants, exclusions, campaigns) instead of its JSON, and the changes between two versions as
 * rows. Numbers carry the locale's separators. Pure: the bundle and the names are given.
 */
public final class RulesText implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final transient ResourceBundle bundle;
  private final Locale locale;
  private final ZoneId zone;
  private final Map<String, String> categories;
  private final Map<String, String> tiers;
  private final Map<String, String> tenants;

  /**
   * @param categories a category's name by code (codes missing from a map are shown as they are)
   * @param tiers a tier's name by code
   * @param tenants a tenant's name by code
   */
  public RulesText(
      ResourceBundle bundle,
      Locale locale,
      ZoneId zone,
      Map<String, String> categories,
      Map<String, String> tiers,
      Map<String, String> tenants) {
    this.bundle = bundle;
    this.locale = locale;
    this.zone = zone;
    this.categories = Map.copyOf(categories);
    this.tiers = Map.copyOf(tiers);
    this.tenants = Map.copyOf(tenants);
  }

  /** One labelled line of a version's summary. */
  public record Line(String label, String text) implements Serializable {}

  /** One change between two versions, as the diff table shows it. */
  public record Row(String kind, String part, String item, String before, String after)
      implements Serializable {}

  /** A version as labelled lines; the multiplier tables and lists only when not empty. */
  public List<Line> summary(EarningRuleSet r) {
    List<Line> lines = new ArrayList<>();
    lines.add(
        new Line(
            text("rules.baseRate"),
            text("rules.summary.baseRate", number(r.baseRate()))
                + (r.minimumSpend().signum() > 0
                    ? " · " + text("rules.summary.minimumSpend", money(r.minimumSpend()))
                    : "")));
    lines.add(
        new Line(
            text("rules.summary.caps"),
            cap(r.capPerTransaction(), "rules.summary.capPerTransaction")
                + " · "
                + cap(r.capPerMemberPerDay(), "rules.summary.capPerMemberPerDay")));
    if (r.birthdayMultiplier().compareTo(BigDecimal.ONE) != 0) {
      lines.add(new Line(text("rules.birthdayMultiplier"), times(r.birthdayMultiplier())));
    }
    table(lines, "rules.categoryMultipliers", r.categoryMultipliers(), categories);
    table(lines, "rules.tierMultipliers", r.tierMultipliers(), tiers);
    table(lines, "rules.tenantMultipliers", r.tenantMultipliers(), tenants);
    if (!r.excludedTenants().isEmpty()) {
      lines.add(
          new Line(
              text("rules.excludedTenants"),
              r.excludedTenants().stream()
                  .sorted()
                  .map(c -> name(tenants, c))
                  .collect(Collectors.joining(", "))));
    }
    if (!r.campaigns().isEmpty()) {
      lines.add(
          new Line(
              text("rules.campaigns"),
              r.campaigns().stream().map(this::campaign).collect(Collectors.joining("; "))));
    }
    return lines;
  }

  /** The changes from {@code before} to {@code after}, one row each. */
  public List<Row> changes(EarningRuleSet before, EarningRuleSet after) {
    return RuleChanges.between(before, after).stream()
        .map(
            c ->
                new Row(
                    text("rules.diff." + c.kind().name()),
                    text(PART_LABELS.get(c.part())),
                    c.code() == null ? "" : item(c.part(), c.code()),
                    value(c.part(), c.before()),
                    value(c.part(), c.after())))
        .toList();
  }

  private static final Map<String, String> PART_LABELS =
      Map.of(
          "baseRate", "rules.baseRate",
          "minimumSpend", "rules.minimumSpend",
          "capPerTransaction", "rules.capPerTransaction",
          "capPerMemberPerDay", "rules.capPerMemberPerDay",
          "birthdayMultiplier", "rules.birthdayMultiplier",
          "categoryMultipliers", "rules.categoryMultipliers",
          "tierMultipliers", "rules.tierMultipliers",
          "tenantMultipliers", "rules.tenantMultipliers",
          "excludedTenants", "rules.excludedTenants",
          "campaigns", "rules.campaigns");

  private String item(String part, String code) {
    return switch (part) {
      case "categoryMultipliers" -> name(categories, code);
      case "tierMultipliers" -> name(tiers, code);
      case "tenantMultipliers", "excludedTenants" -> name(tenants, code);
      default -> code;
    };
  }

  private String value(String part, Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Campaign c) {
      return campaign(c);
    }
    if (v instanceof Boolean) {
      return text("rules.summary.excluded");
    }
    return switch (part) {
      case "baseRate" -> text("rules.summary.baseRate", number((BigDecimal) v));
      case "minimumSpend" -> money((BigDecimal) v);
      case "capPerTransaction", "capPerMemberPerDay" -> grouped((Long) v);
      default -> times((BigDecimal) v);
    };
  }

  private void table(
      List<Line> lines, String label, Map<String, BigDecimal> m, Map<String, String> names) {
    if (m.isEmpty()) {
      return;
    }
    lines.add(
        new Line(
            text(label),
            m.entrySet().stream()
                .map(e -> name(names, e.getKey()) + " " + times(e.getValue()))
                .collect(Collectors.joining(", "))));
  }

  private String campaign(Campaign c) {
    StringBuilder b = new StringBuilder(c.code()).append(' ').append(c.name()).append(" (");
    b.append(WHEN.format(c.startsAt().atZone(zone)))
        .append(" – ")
        .append(WHEN.format(c.endsAt().atZone(zone)));
    if (c.multiplier() != null) {
      b.append(", ").append(times(c.multiplier()));
    }
    if (c.bonus() > 0) {
      b.append(", ").append(text("rules.summary.bonus", grouped(c.bonus())));
    }
    b.append(", ").append(text("rules.summary.budget", grouped(c.budget())));
    if (c.tenantFunded()) {
      b.append(", ").append(text("rules.fundedBy")).append(' ').append(name(tenants, c.fundedBy()));
    }
    return b.append(')').toString();
  }

  private String cap(Long cap, String key) {
    return text(key, cap == null ? text("rules.summary.noCap") : grouped(cap));
  }

  private static String name(Map<String, String> names, String code) {
    return names.getOrDefault(code, code);
  }

  private String times(BigDecimal m) {
    return "×" + number(m);
  }

  private String number(BigDecimal d) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(EarningRuleSet.FACTOR_SCALE);
    return f.format(d);
  }

  private String money(BigDecimal d) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return f.format(d);
  }

  private String grouped(long n) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  private String text(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
