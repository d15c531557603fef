package com.atrium.earning;

import com.atrium.platform.DomainException;
import com.atrium.platform.Points;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A marketing campaign: within its window [startsAt, endsAt), sales at the tenants or categories in
 * scope (both empty: every tenant) earn an extra multiplier and/or a fixed bonus. The operator
 * funds its points unless {@code fundedBy} names the one tenant that does (its campaign account
 * issues them and it pays for them on its clearing statement); such a campaign's scope is exactly
 * that tenant, so no other tenant's sale ever spends its budget. Its budget caps the points it may
 * ever give; the running total lives in the database ({@code campaign_budget.spent}) and is charged
 * with a conditional update, so concurrent sales never take it past the budget. Refuses what cannot
 * run, at construction, with a {@code CAMPAIGN_...} code and the field to correct.
 */
public record Campaign(
    String code,
    String name,
    Instant startsAt,
    Instant endsAt,
    Set<String> tenants,
    Set<String> categories,
    BigDecimal multiplier,
    long bonus,
    long budget,
    String fundedBy) {

  /** A window lies within these, so that every database and JSON reader can hold its ends. */
  static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

  private static final int MAX_NAME = 100;

  /** The most points one campaign may ever give. */
  public static final long MAX_BUDGET = 1_000_000_000_000L;

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

  public Campaign {
    if (code == null || !CODE.matcher(code).matches()) {
      throw refused(
          "CAMPAIGN_CODE_INVALID", "code", "A campaign code is 1 to 32 of A-Z, 0-9, _ and -", code);
    }
    if (name == null || name.isBlank()) {
      throw refused("CAMPAIGN_NAME_REQUIRED", "name", "Give the campaign a name", code);
    }
    if (name.length() > MAX_NAME) {
      throw refused(
          "CAMPAIGN_NAME_INVALID", "name", "A campaign name is at most 100 characters", code);
    }
    if (startsAt == null
        || endsAt == null
        || !endsAt.isAfter(startsAt)
        || startsAt.isBefore(EARLIEST)
        || endsAt.isAfter(LATEST)) {
      throw refused(
          "CAMPAIGN_WINDOW_INVALID",
          "endsAt",
          "The campaign ends after it starts, both between 2000 and 9999",
          code);
    }
    multiplier = multiplier == null ? null : multiplier.stripTrailingZeros();
    if (multiplier != null
        && (multiplier.compareTo(BigDecimal.ONE) <= 0 || !EarningRuleSet.isFactor(multiplier))) {
      throw refused(
          "CAMPAIGN_MULTIPLIER_INVALID",
          "multiplier",
          "A campaign multiplier is above 1 and at most 1000, with at most 4 decimals",
          code);
    }
    if (bonus < 0 || bonus > Points.MAX) {
      throw refused("CAMPAIGN_BONUS_INVALID", "bonus", "A bonus is 0 to 100,000,000 points", code);
    }
    if (multiplier == null && bonus == 0) {
      throw refused(
          "CAMPAIGN_REWARD_REQUIRED",
          "multiplier",
          "Give a multiplier above 1, a bonus, or both",
          code);
    }
    if (budget <= 0 || budget > MAX_BUDGET) {
      throw refused(
          "CAMPAIGN_BUDGET_INVALID", "budget", "The budget is 1 to 1,000,000,000,000 points", code);
    }
    tenants = Set.copyOf(tenants);
    categories = Set.copyOf(categories);
    if (fundedBy != null && (!tenants.equals(Set.of(fundedBy)) || !categories.isEmpty())) {
      throw refused(
          "CAMPAIGN_FUNDER_SCOPE_INVALID",
          "tenants",
          "A campaign a tenant funds applies to that tenant alone: tenants is exactly ["
              + fundedBy
              + "] and categories is empty",
          code);
    }
  }

  /** An operator-funded campaign. */
  public Campaign(
      String code,
      String name,
      Instant startsAt,
      Instant endsAt,
      Set<String> tenants,
      Set<String> categories,
      BigDecimal multiplier,
      long bonus,
      long budget) {
    this(code, name, startsAt, endsAt, tenants, categories, multiplier, bonus, budget, null);
  }

  /** True when a tenant, not the operator, funds the campaign's points. */
  public boolean tenantFunded() {
    return fundedBy != null;
  }

  private static DomainException refused(String code, String field, String message, String of) {
    return DomainException.invalid(code, field, "Campaign " + of + ": " + message);
  }

  /** True when a sale at that time, tenant and category is in the campaign's window and scope. */
  public boolean appliesTo(Instant at, String tenantCode, String category) {
    boolean inWindow = !at.isBefore(startsAt) && at.isBefore(endsAt);
    boolean inScope =
        tenants.isEmpty() && categories.isEmpty()
            || tenants.contains(tenantCode)
            || categories.contains(category);
    return inWindow && inScope;
  }
}
