package com.atrium.earning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A marketing campaign funded by the operator: within its window [startsAt, endsAt), sales at the
 * tenants or categories in scope (both empty: every tenant) earn an extra multiplier and/or a fixed
 * bonus. Its budget caps the points it may ever give; the running total lives in the database
 * ({@code campaign_budget.spent}) and is charged with a conditional update, so concurrent sales
 * never take it past the budget.
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
    long budget) {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

  public Campaign {
    tenants = Set.copyOf(tenants);
    categories = Set.copyOf(categories);
    multiplier = multiplier == null ? null : multiplier.stripTrailingZeros();
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("campaign code is 1-32 of A-Z, 0-9, _ and -: " + code);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("campaign " + code + " needs a name");
    }
    if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("campaign " + code + " ends after it starts");
    }
    if (multiplier != null && multiplier.compareTo(BigDecimal.ONE) <= 0) {
      throw new IllegalArgumentException("campaign " + code + " multiplier is above 1");
    }
    if (bonus < 0 || (multiplier == null && bonus == 0)) {
      throw new IllegalArgumentException("campaign " + code + " gives a multiplier or a bonus");
    }
    if (budget <= 0) {
      throw new IllegalArgumentException("campaign " + code + " has a positive budget");
    }
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
