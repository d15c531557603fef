package com.atrium.tenant;

import static com.atrium.tenant.config.ConfigKeys.*;

import com.atrium.tenant.config.ConfigKeys;
import com.atrium.tenant.config.ConfigValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * The operator's declarative configuration (from {@code tenant-config/}, overridable by the
 * environment): mall-wide earning and point value, and each tenant's terms, falling back from the
 * tenant to its category to the mall default.
 *
 * <p>The accessors below the original four read keys that {@link
 * com.atrium.tenant.config.TenantConfigCheck} has validated at startup, so they parse without
 * defaults; docs/configuration.md lists the keys.
 */
@ApplicationScoped
public class MallConfiguration {

  /** How low a prepaid block gets (% of its last purchase) before its alert, when not set. */
  public static final BigDecimal DEFAULT_PREPAID_ALERT_PERCENT = BigDecimal.valueOf(20);

  @Inject Config config;

  /**
   * Values every sale needs (zone, expiry policy, tiers), parsed once: the configuration is
   * validated when Atrium starts and a change takes a restart (docs/configuration.md).
   */
  private final Map<String, Object> parsed = new ConcurrentHashMap<>();

  @SuppressWarnings("unchecked")
  private <T> T once(String name, Supplier<T> parse) {
    Object known = parsed.get(name);
    if (known == null) {
      known = parse.get();
      parsed.put(name, known);
    }
    return (T) known;
  }

  public ZoneId zone() {
    return once(
        "zone",
        () ->
            ZoneId.of(config.getOptionalValue("mall.zone", String.class).orElse("Asia/Shanghai")));
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

  /**
   * A tenant's sale limits: the thresholds from the tenant, else its category, else its mall, else
   * operator-wide; the velocity limits from its mall, else operator-wide (docs/approvals.md).
   */
  public SaleLimits saleLimitsOf(String tenantCode, Category category, String mallCode) {
    return new SaleLimits(
        firstDecimal(
            tenant(tenantCode, SALE_NORMAL_MAX),
            ConfigKeys.category(category.name(), SALE_NORMAL_MAX),
            ConfigKeys.mall(mallCode, SALE_NORMAL_MAX),
            SALE_NORMAL_MAX),
        firstDecimal(
            tenant(tenantCode, SALE_APPROVAL_ABOVE),
            ConfigKeys.category(category.name(), SALE_APPROVAL_ABOVE),
            ConfigKeys.mall(mallCode, SALE_APPROVAL_ABOVE),
            SALE_APPROVAL_ABOVE),
        count(ConfigKeys.mall(mallCode, VELOCITY_PER_ASSISTANT), VELOCITY_PER_ASSISTANT),
        count(ConfigKeys.mall(mallCode, VELOCITY_PER_MEMBER), VELOCITY_PER_MEMBER),
        firstDecimal(ConfigKeys.mall(mallCode, VELOCITY_PER_MEMBER_CNY), VELOCITY_PER_MEMBER_CNY));
  }

  /**
   * The points above which (either sign) a manual adjustment by an operator of this mall (null: a
   * group-wide operator) waits for a second operator: the mall's own value, else operator-wide;
   * empty when neither is set (docs/members.md).
   */
  public java.util.OptionalLong adjustmentApprovalAbove(String mallCode) {
    Optional<BigDecimal> value =
        mallCode == null
            ? decimal(ADJUSTMENT_APPROVAL_ABOVE)
            : firstDecimal(
                ConfigKeys.mall(mallCode, ADJUSTMENT_APPROVAL_ABOVE), ADJUSTMENT_APPROVAL_ABOVE);
    return value
        .map(d -> java.util.OptionalLong.of(d.longValueExact()))
        .orElse(java.util.OptionalLong.empty());
  }

  private java.util.OptionalInt count(String... keys) {
    return firstDecimal(keys)
        .map(d -> java.util.OptionalInt.of(d.intValueExact()))
        .orElse(java.util.OptionalInt.empty());
  }

  /**
   * The operator's malls in the order declared: {@code malls} with each mall's {@code
   * mall.<CODE>.*} keys over the operator-wide ones, or the one mall of {@code mall.code} when
   * {@code malls} is not set (a single-mall configuration).
   */
  public List<MallSettings> malls() {
    return once("malls", this::readMalls);
  }

  /**
   * A mall's settings: its configured ones, or for a mall made outside the configuration (in the
   * database only) the operator-wide values, as its zone already falls back to the operator's.
   */
  public MallSettings mall(String code) {
    return malls().stream()
        .filter(m -> m.code().equals(code))
        .findFirst()
        .orElseGet(() -> once("unconfigured:" + code, () -> mallSettings(code, code, k -> k)));
  }

  /**
   * A mall's zone: its configured {@code mall.<CODE>.zone}, else the operator's; a mall made
   * outside the configuration (tests) has the operator's.
   */
  public ZoneId zoneOf(String mallCode) {
    return malls().stream()
        .filter(m -> m.code().equals(mallCode))
        .map(MallSettings::zone)
        .filter(Objects::nonNull)
        .findFirst()
        .orElseGet(this::zone);
  }

  /** The mall a tenant belongs to: {@code tenant.<CODE>.mall}, or the first mall. */
  public String mallOfTenant(String tenantCode) {
    return config
        .getOptionalValue(tenant(tenantCode, MALL), String.class)
        .map(String::trim)
        .orElse(malls().get(0).code());
  }

  /** The operator's name: {@code operator.name}, or the only mall's. */
  public String operatorName() {
    return config
        .getOptionalValue(OPERATOR_NAME, String.class)
        .map(String::trim)
        .orElseGet(() -> malls().get(0).name());
  }

  private List<MallSettings> readMalls() {
    Optional<List<String>> declared =
        config.getOptionalValue(MALLS, String.class).map(ConfigValues::codes);
    if (declared.isEmpty()) {
      String only = value(MALL_CODE, ConfigValues::code);
      return List.of(mallSettings(only, value(MALL_NAME, ConfigValues::text), k -> k));
    }
    return declared.get().stream()
        .map(
            code ->
                mallSettings(
                    code,
                    value(ConfigKeys.mall(code, MALL_OWN_NAME), ConfigValues::text),
                    key -> ownOrOperatorWide(code, key)))
        .toList();
  }

  /** The key to read for a mall: its own when set, else the operator-wide one. */
  private String ownOrOperatorWide(String mallCode, String key) {
    String own = ConfigKeys.ownKey(mallCode, key);
    return config.getOptionalValue(own, String.class).filter(v -> !v.isBlank()).isPresent()
        ? own
        : key;
  }

  private MallSettings mallSettings(String code, String name, UnaryOperator<String> keyOf) {
    return new MallSettings(
        code,
        name,
        value(keyOf.apply(MALL_ZONE), ConfigValues::zone),
        value(keyOf.apply(BASE_RATE), ConfigValues::positiveDecimal),
        value(keyOf.apply(POINT_VALUE), ConfigValues::positiveDecimal),
        parkingPerks(keyOf),
        wifiPerks(keyOf),
        config
            .getOptionalValue(keyOf.apply(BREAKAGE_SHARE), String.class)
            .filter(v -> !v.isBlank())
            .map(ConfigValues::percent)
            .orElse(BigDecimal.ZERO),
        config
            .getOptionalValue(keyOf.apply(PREPAID_ALERT_PERCENT), String.class)
            .filter(v -> !v.isBlank())
            .map(ConfigValues::percent)
            .orElse(DEFAULT_PREPAID_ALERT_PERCENT),
        config
            .getOptionalValue(keyOf.apply(PREPAID_ALERT_PHONE), String.class)
            .filter(v -> !v.isBlank())
            .map(ConfigValues::mobile));
  }

  /**
   * A prepaid tenant's own phone for its block's alert: {@code tenant.<CODE>.prepaid-alert-phone}.
   */
  public Optional<String> prepaidAlertPhoneOf(String tenantCode) {
    return config
        .getOptionalValue(tenant(tenantCode, TENANT_ALERT_PHONE), String.class)
        .filter(v -> !v.isBlank())
        .map(ConfigValues::mobile);
  }

  /** The first (or only) mall's code; where a tenant is created when no mall is named. */
  public String mallCode() {
    return malls().get(0).code();
  }

  public String mallName() {
    return malls().get(0).name();
  }

  /** When points expire, computed in the mall's zone. */
  public ExpiryPolicy expiryPolicy() {
    return once("expiryPolicy", this::readExpiryPolicy);
  }

  private ExpiryPolicy readExpiryPolicy() {
    ExpiryPolicy.Kind kind =
        value(EXPIRY_POLICY, v -> ConfigValues.enumValue(v, ExpiryPolicy.Kind.class));
    return kind == ExpiryPolicy.Kind.ROLLING_MONTHS
        ? ExpiryPolicy.rollingMonths(
            value(EXPIRY_ROLLING_MONTHS, v -> ConfigValues.integer(v, 1, 120)), zone())
        : ExpiryPolicy.endOfYearAfterEarning(zone());
  }

  /** How many days before points expire the member is reminded. */
  public int expiryReminderDays() {
    return value(EXPIRY_REMINDER_DAYS, v -> ConfigValues.integer(v, 0, 365));
  }

  /** The tiers, lowest first (the lowest has threshold 0). */
  public List<TierDefinition> tiers() {
    return once("tiers", this::readTiers);
  }

  private List<TierDefinition> readTiers() {
    return value(TIER_CODES, ConfigValues::codes).stream()
        .map(
            code ->
                new TierDefinition(
                    code,
                    value(tier(code, "name-zh"), ConfigValues::text),
                    value(tier(code, "name-en"), ConfigValues::text),
                    value(tier(code, "threshold-cny"), ConfigValues::nonNegativeDecimal),
                    value(tier(code, "earn-multiplier"), ConfigValues::nonNegativeDecimal)))
        .toList();
  }

  /** The months of spend that count towards a tier (rolling, ending today). */
  public int tierQualifyingMonths() {
    return value(TIER_QUALIFYING_MONTHS, v -> ConfigValues.integer(v, 1, 36));
  }

  /**
   * How many days a member keeps a tier after the review first finds their qualifying spend below
   * it ({@code tier.downgrade-grace-days}, default 30).
   */
  public int tierDowngradeGraceDays() {
    return config
        .getOptionalValue("tier.downgrade-grace-days", String.class)
        .map(v -> ConfigValues.integer(v, 0, 3650))
        .orElse(30);
  }

  /** The operator-wide parking perks (a mall's own are in {@link #mall}). */
  public ParkingPerks parkingPerks() {
    return parkingPerks(k -> k);
  }

  /** The operator-wide WiFi perks (a mall's own are in {@link #mall}). */
  public WifiPerks wifiPerks() {
    return wifiPerks(k -> k);
  }

  private ParkingPerks parkingPerks(UnaryOperator<String> keyOf) {
    Map<String, Integer> free = new LinkedHashMap<>();
    for (TierDefinition t : tiers()) {
      free.put(
          t.code(),
          value(
              keyOf.apply(parkingFreeMinutes(t.code())), v -> ConfigValues.integer(v, 0, 24 * 60)));
    }
    return new ParkingPerks(
        free,
        value(keyOf.apply(PARKING_SPEND_BONUSES), ConfigValues::spendBonuses),
        value(keyOf.apply(PARKING_POINTS_PER_HOUR), v -> ConfigValues.integer(v, 0, 1_000_000)),
        value(keyOf.apply(PARKING_POINTS_MAX_HOURS), v -> ConfigValues.integer(v, 0, 24)));
  }

  private WifiPerks wifiPerks(UnaryOperator<String> keyOf) {
    Map<String, Integer> quota = new LinkedHashMap<>();
    for (TierDefinition t : tiers()) {
      quota.put(
          t.code(),
          value(
              keyOf.apply(wifiDailyQuotaMb(t.code())), v -> ConfigValues.integer(v, 0, 1_000_000)));
    }
    return new WifiPerks(
        quota, value(keyOf.apply(WIFI_SESSION_MINUTES), v -> ConfigValues.integer(v, 1, 24 * 60)));
  }

  /** The codes of the tenants that have a {@code tenant.<CODE>.category} in the configuration. */
  public Set<String> configuredTenantCodes() {
    Pattern categoryKey = Pattern.compile("tenant\\.([^.]+)\\.category");
    Set<String> codes = new TreeSet<>();
    for (String name : config.getPropertyNames()) {
      Matcher m = categoryKey.matcher(name);
      if (m.matches()) {
        codes.add(m.group(1));
      }
    }
    return codes;
  }

  private <T> T value(String key, Function<String, T> parser) {
    return parser.apply(config.getValue(key, String.class));
  }

  /** The first of the keys that has a value (an empty value is no value). */
  private Optional<BigDecimal> firstDecimal(String... keys) {
    for (String key : keys) {
      Optional<BigDecimal> value = decimal(key);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private Optional<BigDecimal> decimal(String key) {
    return config
        .getOptionalValue(key, String.class)
        .filter(v -> !v.isBlank())
        .map(v -> new BigDecimal(v.trim()));
  }
}
