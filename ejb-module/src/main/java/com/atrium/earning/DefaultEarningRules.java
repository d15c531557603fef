package com.atrium.earning;

import com.atrium.tenant.Category;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.TierDefinition;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * The first version of the rules, read from tenant-config: the base rate, each category's and
 * tenant's configured earn multiplier (a tenant's own replaces its category's, as in tenant-config)
 * and each tier's. No campaigns, caps, minimum spend or exclusions.
 */
final class DefaultEarningRules {

  private DefaultEarningRules() {}

  static EarningRuleSet from(MallConfiguration mall, Config config) {
    return from(mall, config, mall.baseEarnRate());
  }

  /**
   * The same defaults with another base rate: a mall's own ({@code mall.<CODE>.earning.base-rate}).
   */
  static EarningRuleSet from(MallConfiguration mall, Config config, BigDecimal baseRate) {
    Map<String, BigDecimal> categories = new LinkedHashMap<>();
    for (Category c : Category.values()) {
      config
          .getOptionalValue("category." + c.name() + ".earn-multiplier", String.class)
          .ifPresent(v -> categories.put(c.name(), new BigDecimal(v.trim())));
    }
    Map<String, BigDecimal> tenants = new LinkedHashMap<>();
    for (String code : mall.configuredTenantCodes()) {
      config
          .getOptionalValue("tenant." + code + ".earn-multiplier", String.class)
          .ifPresent(v -> tenants.put(code, new BigDecimal(v.trim())));
    }
    Map<String, BigDecimal> tiers = new LinkedHashMap<>();
    for (TierDefinition t : mall.tiers()) {
      tiers.put(t.code(), t.earnMultiplier());
    }
    return new EarningRuleSet(
        baseRate,
        BigDecimal.ZERO,
        null,
        null,
        categories,
        tenants,
        tiers,
        BigDecimal.ONE,
        Set.of(),
        List.of());
  }
}
