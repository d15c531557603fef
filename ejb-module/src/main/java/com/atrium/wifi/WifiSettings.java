package com.atrium.wifi;

import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.TierDefinition;
import com.atrium.tenant.WifiPerks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * Reads a mall's {@link WifiPolicy}: quota and session minutes from the mall's {@link WifiPerks},
 * the rest from the operator-wide {@code wifi.*} keys of tenant-config (defaults below when a key
 * is not set). Parsed once per mall: a change takes a restart, as all tenant configuration does.
 */
@ApplicationScoped
public class WifiSettings {

  static final int DEFAULT_REMEMBER_DAYS = 30;
  static final int DEFAULT_CODES_PER_HOUR = 5;
  static final int DEFAULT_VISIT_DWELL_MINUTES = 10;
  static final int DEFAULT_LOG_RETENTION_DAYS = 180;

  @Inject Config config;
  @Inject MallConfiguration malls;

  private final Map<String, WifiPolicy> parsed = new ConcurrentHashMap<>();

  public WifiPolicy of(String mallCode) {
    return parsed.computeIfAbsent(mallCode, this::read);
  }

  /** Days the authorisation log and sessions' accounting detail are kept (PIPL). */
  public int logRetentionDays() {
    return integer("wifi.log-retention-days", DEFAULT_LOG_RETENTION_DAYS);
  }

  private WifiPolicy read(String mallCode) {
    WifiPerks perks = malls.mall(mallCode).wifiPerks();
    Map<String, WifiPolicy.TierPerk> tiers = new LinkedHashMap<>();
    for (TierDefinition t : malls.tiers()) {
      tiers.put(
          t.code(),
          new WifiPolicy.TierPerk(
              integer("wifi.bandwidth-up-kbps." + t.code(), 0),
              integer("wifi.bandwidth-down-kbps." + t.code(), 0),
              perks.dailyQuotaMb(t.code())));
    }
    return new WifiPolicy(
        tiers,
        perks.sessionMinutes(),
        integer("wifi.remember-days", DEFAULT_REMEMBER_DAYS),
        integer("wifi.code.max-per-hour", DEFAULT_CODES_PER_HOUR),
        integer("wifi.visit.points", 0),
        integer("wifi.visit.min-dwell-minutes", DEFAULT_VISIT_DWELL_MINUTES),
        integer("wifi.visit.monthly-cap", 31));
  }

  private int integer(String key, int fallback) {
    int v =
        config
            .getOptionalValue(key, String.class)
            .map(s -> Integer.parseInt(s.trim()))
            .orElse(fallback);
    if (v < 0) {
      throw new IllegalStateException(key + " must not be negative, not " + v);
    }
    return v;
  }
}
