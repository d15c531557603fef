package com.atrium.earning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed from one version of the rules to another, value by value: a part added, removed or
 * changed, in the order the rules read (base rate, minimum spend, caps, birthday month, category,
 * tier and tenant multipliers, excluded tenants, campaigns). Numbers are compared by value ({@code
 * 1.50} is {@code 1.5}); a campaign changes when any of its terms does.
 */
public final class RuleChanges {

  private RuleChanges() {}

  /** How a value differs: present only after, only before, or in both with different values. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  /**
   * One difference.
   *
   * @param part the part of the rules, as the API names it (e.g. {@code tierMultipliers})
   * @param code the category, tier, tenant or campaign code; null for a single value
   * @param before the value before (a BigDecimal, Long, Campaign or {@code true} for an excluded
   *     tenant), null when added
   * @param after the value after, null when removed
   */
  public record Change(String part, String code, Object before, Object after) {
    public Kind kind() {
      return before == null ? Kind.ADDED : after == null ? Kind.REMOVED : Kind.CHANGED;
    }
  }

  /** The differences from {@code before} to {@code after}; empty when they give the same points. */
  public static List<Change> between(EarningRuleSet before, EarningRuleSet after) {
    List<Change> changes = new ArrayList<>();
    single(changes, "baseRate", before.baseRate(), after.baseRate());
    single(changes, "minimumSpend", before.minimumSpend(), after.minimumSpend());
    single(changes, "capPerTransaction", before.capPerTransaction(), after.capPerTransaction());
    single(changes, "capPerMemberPerDay", before.capPerMemberPerDay(), after.capPerMemberPerDay());
    single(changes, "birthdayMultiplier", before.birthdayMultiplier(), after.birthdayMultiplier());
    keyed(
        changes, "categoryMultipliers", before.categoryMultipliers(), after.categoryMultipliers());
    keyed(changes, "tierMultipliers", before.tierMultipliers(), after.tierMultipliers());
    keyed(changes, "tenantMultipliers", before.tenantMultipliers(), after.tenantMultipliers());
    keyed(
        changes,
        "excludedTenants",
        asMap(before.excludedTenants()),
        asMap(after.excludedTenants()));
    keyed(
        changes,
        "campaigns",
        byCode(before.campaigns(), Campaign::code),
        byCode(after.campaigns(), Campaign::code));
    return changes;
  }

  private static void single(List<Change> changes, String part, Object before, Object after) {
    if (!same(before, after)) {
      changes.add(new Change(part, null, before, after));
    }
  }

  private static void keyed(
      List<Change> changes, String part, Map<String, ?> before, Map<String, ?> after) {
    Set<String> codes = new TreeSet<>(before.keySet());
    codes.addAll(after.keySet());
    for (String code : codes) {
      Object b = before.get(code);
      Object a = after.get(code);
      if (!same(b, a)) {
        changes.add(new Change(part, code, b, a));
      }
    }
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }

  private static Map<String, Boolean> asMap(Set<String> codes) {
    Map<String, Boolean> m = new LinkedHashMap<>();
    codes.forEach(c -> m.put(c, Boolean.TRUE));
    return m;
  }

  private static <T> Map<String, T> byCode(List<T> list, Function<T, String> code) {
    Map<String, T> m = new LinkedHashMap<>();
    list.forEach(t -> m.put(code.apply(t), t));
    return m;
  }
}
