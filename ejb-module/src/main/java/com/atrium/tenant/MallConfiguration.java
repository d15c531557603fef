package com.atrium.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.ZoneId;
import org.eclipse.microprofile.config.Config;

/**
 * The operator's declarative configuration (from {@code tenant-config/}, overridable by the
 * environment): mall-wide earning and point value, and each tenant's terms, falling back from the
 * tenant to its category to the mall default.
 */
@ApplicationScoped
public class MallConfiguration {

  @Inject Config config;

  public ZoneId zone() {
    return ZoneId.of(config.getOptionalValue("mall.zone", String.class).orElse("Asia/Shanghai"));
  }

  /** Points per CNY before multipliers. */
  public BigDecimal baseEarnRate() {
    return decimal("earning.base-rate").orElse(BigDecimal.ONE);
  }

  /** What one point is worth in CNY when spent. */
  public BigDecimal pointValue() {
    return decimal("points.value-cny").orElse(new BigDecimal("0.01"));
  }

  public TenantTerms termsOf(String tenantCode, Category category) {
    String t = "tenant." + tenantCode + ".";
    String c = "category." + category.name() + ".";
    return new TenantTerms(
        category,
        firstDecimal(t + "earn-multiplier", c + "earn-multiplier").orElse(BigDecimal.ONE),
        firstDecimal(t + "cost-per-point", c + "cost-per-point").orElse(pointValue()),
        firstDecimal(t + "reimbursement-per-point", c + "reimbursement-per-point")
            .orElse(pointValue()),
        config
            .getOptionalValue(t + "accepts-points-as-cash", Boolean.class)
            .or(() -> config.getOptionalValue(c + "accepts-points-as-cash", Boolean.class))
            .orElse(false));
  }

  private java.util.Optional<BigDecimal> firstDecimal(String key, String fallback) {
    return decimal(key).or(() -> decimal(fallback));
  }

  private java.util.Optional<BigDecimal> decimal(String key) {
    return config.getOptionalValue(key, String.class).map(v -> new BigDecimal(v.trim()));
  }
}
