package com.atrium.parking;

import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallSettings;
import com.atrium.tenant.ParkingPerks;
import com.atrium.tenant.config.ConfigKeys;
import com.atrium.tenant.config.ConfigValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.eclipse.microprofile.config.Config;

/**
 * Reads a mall's {@link ParkingTerms} from the tenant configuration: each key the mall's own
 * ({@code mall.<CODE>.parking...}) when set, else the operator-wide one, else the default named
 * here (docs/parking.md). The perks by tier and spend are the tenant context's {@link
 * ParkingPerks}.
 */
@ApplicationScoped
public class ParkingConfiguration {

  @Inject Config config;
  @Inject MallConfiguration malls;

  /** The configuration does not change while Atrium runs, so a mall's terms are parsed once. */
  private final Map<Long, ParkingTerms> byMall = new ConcurrentHashMap<>();

  public ParkingTerms terms(long mallId, String mallCode) {
    return byMall.computeIfAbsent(mallId, id -> read(id, mallCode));
  }

  /**
   * The same, the mall's code asked of {@code codeOf} (a read of the mall) only the first time: a
   * mall is never renamed or removed (MallRegistry), so a car park's call need not read it again.
   */
  public ParkingTerms terms(long mallId, LongFunction<String> codeOf) {
    ParkingTerms known = byMall.get(mallId);
    return known != null ? known : terms(mallId, codeOf.apply(mallId));
  }

  private ParkingTerms read(long mallId, String mallCode) {
    MallSettings mall = malls.mall(mallCode);
    ParkingPerks perks = mall.parkingPerks();
    ParkingPerks holiday =
        value(mallCode, ConfigKeys.PARKING_SPEND_BONUSES_HOLIDAY, ConfigValues::spendBonuses)
            .map(
                b ->
                    new ParkingPerks(
                        perks.freeMinutesByTier(),
                        b,
                        perks.pointsPerExtraHour(),
                        perks.maxPointHoursPerDay()))
            .orElse(perks);
    return new ParkingTerms(
        mallId,
        mallCode,
        mall.zone(),
        perks,
        holiday,
        value(mallCode, ConfigKeys.PARKING_HOLIDAYS, ConfigValues::dates).orElse(Set.of()),
        value(mallCode, ConfigKeys.PARKING_WORKDAYS, ConfigValues::dates).orElse(Set.of()),
        value(mallCode, ConfigKeys.PARKING_MAX_FREE_HOURS, v -> ConfigValues.integer(v, 0, 24))
            .orElse(4),
        value(mallCode, ConfigKeys.PARKING_RELEASE_MINUTES, v -> ConfigValues.integer(v, 0, 1440))
            .orElse(15),
        value(mallCode, ConfigKeys.PARKING_FREE_HOUR_COST, ConfigValues::nonNegativeDecimal)
            .orElse(BigDecimal.ZERO),
        value(
                mallCode,
                ConfigKeys.PARKING_SPEND_COST,
                v -> ConfigValues.enumValue(v, ParkingTerms.SpendCost.class))
            .orElse(ParkingTerms.SpendCost.TENANTS));
  }

  private <T> Optional<T> value(String mallCode, String key, Function<String, T> parse) {
    return config
        .getOptionalValue(ConfigKeys.mall(mallCode, key), String.class)
        .filter(v -> !v.isBlank())
        .or(() -> config.getOptionalValue(key, String.class).filter(v -> !v.isBlank()))
        .map(parse);
  }
}
