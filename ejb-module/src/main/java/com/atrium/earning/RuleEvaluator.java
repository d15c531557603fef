package com.atrium.earning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Evaluates one sale against one version of the earning rules. A pure function: no container, no
 * database, no clock; the caller gathers the {@link SaleFacts} and charges the campaign budgets.
 *
 * <p>The rounding rule (docs/earning.md):
 *
 * <ol>
 *   <li>An excluded tenant, or an amount below the minimum spend, earns nothing.
 *   <li>The base is amount × base rate, kept exact. BASE_RATE shows floor(base).
 *   <li>Every multiplier applies to the base, not to another multiplier: their extras (m − 1) add
 *       up, in the order tenant-or-category, tier, birthday month, campaigns. After each one the
 *       running total floor(base × (1 + Σ extras)) is taken, and the rule shows the difference to
 *       the running total before it; so the total is floored exactly once, and the shown points
 *       always sum to it. A factor below zero counts as zero.
 *   <li>Fixed campaign bonuses add whole points.
 *   <li>Caps apply last: first the per-transaction cap, then the per-member-per-day cap (what is
 *       left of it after the member's earlier points that mall day); each shows as a negative
 *       contribution.
 *   <li>Campaign points are funded by the operator, the rest by the tenant. A cap cuts the
 *       operator-funded points first, so a campaign is only ever charged for points the member got.
 * </ol>
 */
public final class RuleEvaluator {

  public static final String BASE_RATE = "BASE_RATE";
  public static final String CATEGORY_MULTIPLIER = "CATEGORY_MULTIPLIER";
  public static final String TENANT_MULTIPLIER = "TENANT_MULTIPLIER";
  public static final String TIER_MULTIPLIER = "TIER_MULTIPLIER";
  public static final String BIRTHDAY_MONTH = "BIRTHDAY_MONTH";
  public static final String CAMPAIGN = "CAMPAIGN";
  public static final String CAMPAIGN_BONUS = "CAMPAIGN_BONUS";
  public static final String CAP_PER_TRANSACTION = "CAP_PER_TRANSACTION";
  public static final String CAP_PER_MEMBER_DAY = "CAP_PER_MEMBER_DAY";
  public static final String MINIMUM_SPEND = "MINIMUM_SPEND";
  public static final String EXCLUDED_TENANT = "EXCLUDED_TENANT";

  private RuleEvaluator() {}

  public static Evaluation evaluate(EarningRuleSet rules, Integer version, SaleFacts sale) {
    return evaluate(rules, version, sale, Set.of());
  }

  /**
   * @param exhaustedCampaigns codes of campaigns whose budget cannot pay for this sale; they are
   *     left out as if they had ended
   */
  public static Evaluation evaluate(
      EarningRuleSet rules, Integer version, SaleFacts sale, Set<String> exhaustedCampaigns) {
    if (rules.excludedTenants().contains(sale.tenantCode())) {
      return new Evaluation(0, List.of(new Contribution(EXCLUDED_TENANT, null, 0)), version, 0);
    }
    if (sale.amount().compareTo(rules.minimumSpend()) < 0) {
      return new Evaluation(0, List.of(new Contribution(MINIMUM_SPEND, null, 0)), version, 0);
    }
    BigDecimal base = sale.amount().multiply(rules.baseRate());
    long running = floor(base);
    List<Contribution> parts = new ArrayList<>();
    parts.add(new Contribution(BASE_RATE, null, running));

    BigDecimal factor = BigDecimal.ONE;
    BigDecimal tenant = rules.tenantMultipliers().get(sale.tenantCode());
    BigDecimal category = rules.categoryMultipliers().get(sale.category());
    List<Object[]> multipliers = new ArrayList<>();
    if (tenant != null) {
      multipliers.add(new Object[] {TENANT_MULTIPLIER, tenant, null});
    } else if (category != null) {
      multipliers.add(new Object[] {CATEGORY_MULTIPLIER, category, null});
    }
    BigDecimal tier = sale.tier() == null ? null : rules.tierMultipliers().get(sale.tier());
    if (tier != null) {
      multipliers.add(new Object[] {TIER_MULTIPLIER, tier, null});
    }
    if (sale.birthdayMonth()) {
      multipliers.add(new Object[] {BIRTHDAY_MONTH, rules.birthdayMultiplier(), null});
    }
    List<Campaign> active =
        rules.campaigns().stream()
            .filter(c -> !exhaustedCampaigns.contains(c.code()))
            .filter(c -> c.appliesTo(sale.occurredAt(), sale.tenantCode(), sale.category()))
            .toList();
    for (Campaign c : active) {
      if (c.multiplier() != null) {
        multipliers.add(new Object[] {CAMPAIGN, c.multiplier(), c.code()});
      }
    }
    for (Object[] m : multipliers) {
      BigDecimal multiplier = (BigDecimal) m[1];
      if (multiplier.compareTo(BigDecimal.ONE) == 0) {
        continue;
      }
      factor = factor.add(multiplier).subtract(BigDecimal.ONE);
      long next = floor(base.multiply(factor.max(BigDecimal.ZERO)));
      parts.add(
          new Contribution(
              (String) m[0],
              multiplier.stripTrailingZeros().toPlainString(),
              next - running,
              (String) m[2]));
      running = next;
    }
    long total = running;
    for (Campaign c : active) {
      if (c.bonus() > 0) {
        parts.add(new Contribution(CAMPAIGN_BONUS, null, c.bonus(), c.code()));
        total += c.bonus();
      }
    }
    long operatorBeforeCaps =
        parts.stream().filter(Contribution::operatorFunded).mapToLong(Contribution::points).sum();
    long tenantBeforeCaps = total - operatorBeforeCaps;

    if (rules.capPerTransaction() != null && total > rules.capPerTransaction()) {
      parts.add(new Contribution(CAP_PER_TRANSACTION, null, rules.capPerTransaction() - total));
      total = rules.capPerTransaction();
    }
    if (rules.capPerMemberPerDay() != null) {
      long room = Math.max(0, rules.capPerMemberPerDay() - sale.pointsEarlierToday());
      if (total > room) {
        parts.add(new Contribution(CAP_PER_MEMBER_DAY, null, room - total));
        total = room;
      }
    }
    long tenantPoints = Math.min(total, tenantBeforeCaps);
    return new Evaluation(total, parts, version, total - tenantPoints);
  }

  private static long floor(BigDecimal value) {
    return value.setScale(0, RoundingMode.FLOOR).longValueExact();
  }
}
