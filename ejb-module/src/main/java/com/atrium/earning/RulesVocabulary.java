package com.atrium.earning;

import com.atrium.platform.DomainException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The codes a version of the rules may name: the trade categories, the configured tiers and the
 * tenants there are. A code outside them would be stored and never match a sale (a typo such as
 * {@code PLATINUM} silently gives nothing), so publishing refuses it, naming the part and the code.
 */
public record RulesVocabulary(Set<String> categories, Set<String> tiers, Set<String> tenants) {

  public static final String UNKNOWN_CODE = "RULES_UNKNOWN_CODE";
  public static final String TOO_LARGE = "MULTIPLIER_TOO_LARGE";

  public RulesVocabulary {
    categories = Set.copyOf(categories);
    tiers = Set.copyOf(tiers);
    tenants = Set.copyOf(tenants);
  }

  /** Refuses the first part that names a code outside the vocabulary (RULES_UNKNOWN_CODE). */
  public void requireKnown(EarningRuleSet rules) {
    requireKnown(
        "categoryMultipliers", "category", rules.categoryMultipliers().keySet(), categories);
    requireKnown("tierMultipliers", "tier", rules.tierMultipliers().keySet(), tiers);
    requireKnown("tenantMultipliers", "tenant", rules.tenantMultipliers().keySet(), tenants);
    requireKnown("excludedTenants", "tenant", rules.excludedTenants(), tenants);
  }

  private static void requireKnown(String field, String what, Set<String> used, Set<String> known) {
    Set<String> unknown = new TreeSet<>(used);
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw DomainException.invalid(
          UNKNOWN_CODE, field, "No " + what + " " + String.join(", ", unknown));
    }
  }

  /**
   * Refuses a multiplier above the maximum (MULTIPLIER_TOO_LARGE, at its part): category, tier,
   * tenant, birthday month and campaign multipliers.
   */
  public static void requireWithin(EarningRuleSet rules, BigDecimal maximum) {
    for (Multiplier m : multipliers(rules)) {
      if (m.value().compareTo(maximum) > 0) {
        throw DomainException.invalid(
            TOO_LARGE,
            m.field(),
            m.label()
                + ": "
                + m.value().toPlainString()
                + " is above the maximum of "
                + maximum.toPlainString());
      }
    }
  }

  /** The multipliers above a level, in the order the rule set lists them. */
  public static List<Multiplier> above(EarningRuleSet rules, BigDecimal level) {
    return multipliers(rules).stream().filter(m -> m.value().compareTo(level) > 0).toList();
  }

  /**
   * One multiplier of a rule set: the part it belongs to (as the API names it), its code (a
   * category, tier, tenant or campaign; null for the birthday month) and its value.
   */
  public record Multiplier(String field, String code, BigDecimal value) implements Serializable {
    String label() {
      return code == null ? field : field + " " + code;
    }
  }

  static List<Multiplier> multipliers(EarningRuleSet rules) {
    List<Multiplier> all = new ArrayList<>();
    add(all, "categoryMultipliers", rules.categoryMultipliers());
    add(all, "tierMultipliers", rules.tierMultipliers());
    add(all, "tenantMultipliers", rules.tenantMultipliers());
    all.add(new Multiplier("birthdayMultiplier", null, rules.birthdayMultiplier()));
    for (Campaign c : rules.campaigns()) {
      if (c.multiplier() != null) {
        all.add(new Multiplier("campaigns", c.code(), c.multiplier()));
      }
    }
    return all;
  }

  private static void add(List<Multiplier> all, String field, Map<String, BigDecimal> m) {
    m.forEach((code, value) -> all.add(new Multiplier(field, code, value)));
  }
}
