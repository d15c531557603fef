package com.atrium.wifi;

import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.TierDefinition;
import com.atrium.tenant.WifiPerks;
import com.atrium.tenant.config.ConfigKeys;
import com.atrium.tenant.config.ConfigValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * Reads a mall's {@link WifiPolicy}: quota and session minutes from the mall's {@link WifiPerks},
 * the rest from the {@code wifi.*} keys of tenant-config, each the mall's own ({@code
 * mall.<CODE>.wifi...}) when set, else the operator-wide one, else the default below (as the
 * parking keys are read). Parsed once per mall: a change takes a restart, as all tenant
 * configuration does; the startup check ({@code TenantConfigRules}) has validated the values.
 */
@ApplicationScoped
public class WifiSettings {

  static final int DEFAULT_REMEMBER_DAYS = 30;
  static final int DEFAULT_CODES_PER_HOUR = 5;
  static final int DEFAULT_VISIT_DWELL_MINUTES = 10;
  static final int DEFAULT_VISIT_MONTHLY_CAP = 31;
  static final int DEFAULT_LOG_RETENTION_DAYS = 180;

  @Inject Config config;
  @Inject MallConfiguration malls;

  private final Map<String, WifiPolicy> parsed = new ConcurrentHashMap<>();

  public WifiPolicy of(String mallCode) {
    return parsed.computeIfAbsent(
        mallCode, code -> read(config, code, malls.mall(code).wifiPerks(), malls.tiers()));
  }

  /** Days the mall's authorisation log and sessions' accounting detail are kept (PIPL). */
  public int logRetentionDays(String mallCode) {
    return integer(
        config, mallCode, ConfigKeys.WIFI_LOG_RETENTION_DAYS, DEFAULT_LOG_RETENTION_DAYS);
  }

  static WifiPolicy read(
      Config config, String mallCode, WifiPerks perks, List<TierDefinition> tierDefinitions) {
    Map<String, WifiPolicy.TierPerk> tiers = new LinkedHashMap<>();
    for (TierDefinition t : tierDefinitions) {
      tiers.put(
          t.code(),
          new WifiPolicy.TierPerk(
              integer(config, mallCode, ConfigKeys.wifiBandwidthUpKbps(t.code()), 0),
              integer(config, mallCode, ConfigKeys.wifiBandwidthDownKbps(t.code()), 0),
              perks.dailyQuotaMb(t.code())));
    }
    return new WifiPolicy(
        tiers,
        perks.sessionMinutes(),
        integer(config, mallCode, ConfigKeys.WIFI_REMEMBER_DAYS, DEFAULT_REMEMBER_DAYS),
        integer(config, mallCode, ConfigKeys.WIFI_CODES_PER_HOUR, DEFAULT_CODES_PER_HOUR),
        integer(config, mallCode, ConfigKeys.WIFI_VISIT_POINTS, 0),
        integer(config, mallCode, ConfigKeys.WIFI_VISIT_DWELL, DEFAULT_VISIT_DWELL_MINUTES),
        integer(config, mallCode, ConfigKeys.WIFI_VISIT_MONTHLY_CAP, DEFAULT_VISIT_MONTHLY_CAP));
  }

  /** The mall's own value of {@code key}, else the operator-wide one, else {@code fallback}. */
  static int integer(Config config, String mallCode, String key, int fallback) {
    int[] range = ConfigKeys.wifiRange(key);
    return config
        .getOptionalValue(ConfigKeys.mall(mallCode, key), String.class)
        .filter(v -> !v.isBlank())
        .or(() -> config.getOptionalValue(key, String.class).filter(v -> !v.isBlank()))
        .map(v -> ConfigValues.integer(v, range[0], range[1]))
        .orElse(fallback);
  }
}
