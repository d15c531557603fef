package com.atrium.tenant.config;

import static com.atrium.tenant.config.ConfigKeys.*;

import com.atrium.tenant.Category;
import com.atrium.tenant.ExpiryPolicy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * The rules a tenant configuration must satisfy before Atrium serves: every required key present
 * and well-formed, rates and multipliers in range, tiers ascending, every tenant in a known
 * category. Collects every problem instead of stopping at the first, so that one failed start tells
 * the operator everything to fix. Container-free: give it any {@link Config}.
 */
public final class TenantConfigRules {

  private static final Pattern TENANT_KEY = Pattern.compile("tenant\\.([^.]+)\\.(.+)");
  private static final Pattern CATEGORY_KEY = Pattern.compile("category\\.([^.]+)\\.(.+)");
  private static final Pattern MALL_KEY = Pattern.compile("mall\\.([^.]+)\\.(.+)");

  private final Config config;
  private final List<ConfigProblem> problems = new ArrayList<>();
  private final Set<String> tenantCodes = new TreeSet<>();
  private List<String> malls = List.of();
  private List<String> tierCodes = List.of();
  private Set<String> propertyNames;

  private TenantConfigRules(Config config) {
    this.config = config;
  }

  /** The outcome of a check: the problems (empty when valid) and the tenants found. */
  public record Result(List<ConfigProblem> problems, Set<String> tenantCodes) {

    public boolean isValid() {
      return problems.isEmpty();
    }

    /** The single message a failed start shows: one line per bad key. */
    public String message() {
      StringBuilder m =
          new StringBuilder("Atrium tenant configuration is invalid (")
              .append(problems.size())
              .append(problems.size() == 1 ? " problem" : " problems")
              .append("); fix and restart:");
      problems.forEach(p -> m.append("\n  - ").append(p.describe()));
      return m.toString();
    }
  }

  public static Result check(Config config) {
    TenantConfigRules rules = new TenantConfigRules(config);
    rules.checkMall();
    rules.checkTiersAndPerks();
    rules.checkMalls();
    rules.checkCategories();
    rules.checkTenants();
    return new Result(List.copyOf(rules.problems), Set.copyOf(rules.tenantCodes));
  }

  private void checkMall() {
    // the environment variable ATRIUM_TENANT_CONFIG_DIR reaches this key too
    optional(
        TenantConfigSourceProvider.DIR_PROPERTY,
        v -> {
          if (!Files.isDirectory(Path.of(v.trim()))) {
            throw new IllegalArgumentException(
                "an existing folder holding mall.properties and tenants.properties");
          }
          return v;
        });
    Optional<List<String>> declared = optional(MALLS, ConfigValues::codes);
    if (lookup(MALLS).isPresent()) {
      malls = declared.orElse(List.of());
      optional(MALL_CODE, ConfigValues::code);
      optional(MALL_NAME, ConfigValues::text);
      optional(OPERATOR_NAME, ConfigValues::text);
    } else {
      required(MALL_CODE, MALL_FILE, ConfigValues::code).ifPresent(code -> malls = List.of(code));
      required(MALL_NAME, MALL_FILE, ConfigValues::text);
      optional(OPERATOR_NAME, ConfigValues::text);
    }
    required(MALL_ZONE, MALL_FILE, ConfigValues::zone);
    required(BASE_RATE, MALL_FILE, ConfigValues::positiveDecimal);
    required(POINT_VALUE, MALL_FILE, ConfigValues::positiveDecimal);
    Optional<ExpiryPolicy.Kind> policy =
        required(EXPIRY_POLICY, MALL_FILE, v -> ConfigValues.enumValue(v, ExpiryPolicy.Kind.class));
    if (policy.filter(k -> k == ExpiryPolicy.Kind.ROLLING_MONTHS).isPresent()) {
      required(EXPIRY_ROLLING_MONTHS, MALL_FILE, v -> ConfigValues.integer(v, 1, 120));
    } else {
      optional(EXPIRY_ROLLING_MONTHS, v -> ConfigValues.integer(v, 1, 120));
    }
    required(EXPIRY_REMINDER_DAYS, MALL_FILE, v -> ConfigValues.integer(v, 0, 365));
  }

  private void checkTiersAndPerks() {
    required(TIER_QUALIFYING_MONTHS, MALL_FILE, v -> ConfigValues.integer(v, 1, 36));
    List<String> tiers = required(TIER_CODES, MALL_FILE, ConfigValues::codes).orElse(List.of());
    tierCodes = tiers;
    BigDecimal previous = null;
    String previousKey = null;
    for (String tier : tiers) {
      required(tier(tier, "name-zh"), MALL_FILE, ConfigValues::text);
      required(tier(tier, "name-en"), MALL_FILE, ConfigValues::text);
      required(tier(tier, "earn-multiplier"), MALL_FILE, ConfigValues::nonNegativeDecimal);
      String thresholdKey = tier(tier, "threshold-cny");
      Optional<BigDecimal> threshold =
          required(thresholdKey, MALL_FILE, ConfigValues::nonNegativeDecimal);
      if (threshold.isPresent()) {
        BigDecimal t = threshold.get();
        if (previousKey == null && t.signum() != 0) {
          invalid(
              thresholdKey,
              "0 for the lowest tier (" + tier + "), so that every member has a tier");
        } else if (previous != null && t.compareTo(previous) <= 0) {
          invalid(
              thresholdKey,
              "a threshold above "
                  + previousKey
                  + " ("
                  + previous.toPlainString()
                  + "): tiers in "
                  + TIER_CODES
                  + " are listed lowest first");
        }
        previous = t;
        previousKey = thresholdKey;
      }
      required(parkingFreeMinutes(tier), MALL_FILE, v -> ConfigValues.integer(v, 0, 24 * 60));
      required(wifiDailyQuotaMb(tier), MALL_FILE, v -> ConfigValues.integer(v, 0, 1_000_000));
    }
    required(PARKING_SPEND_BONUSES, MALL_FILE, ConfigValues::spendBonuses);
    required(PARKING_POINTS_PER_HOUR, MALL_FILE, v -> ConfigValues.integer(v, 0, 1_000_000));
    required(PARKING_POINTS_MAX_HOURS, MALL_FILE, v -> ConfigValues.integer(v, 0, 24));
    required(WIFI_SESSION_MINUTES, MALL_FILE, v -> ConfigValues.integer(v, 1, 24 * 60));
    optional(BREAKAGE_SHARE, ConfigValues::percent);
    optional(PREPAID_ALERT_PERCENT, ConfigValues::percent);
    optional(PREPAID_ALERT_PHONE, ConfigValues::mobile);
    for (String key : PARKING_OPTIONAL) {
      optional(key, mallKeyParser(key));
    }
    for (String key : ConfigKeys.WIFI_OPTIONAL) {
      optional(key, mallKeyParser(key));
    }
    for (String tier : tiers) {
      for (String prefix : ConfigKeys.WIFI_TIER_KEY_PREFIXES) {
        optional(prefix + tier, mallKeyParser(prefix + tier));
      }
    }
    optional(SALE_NORMAL_MAX, ConfigValues::positiveDecimal);
    optional(SALE_APPROVAL_ABOVE, ConfigValues::positiveDecimal);
    optional(VELOCITY_PER_ASSISTANT, v -> ConfigValues.integer(v, 1, 1_000_000));
    optional(VELOCITY_PER_MEMBER, v -> ConfigValues.integer(v, 1, 1_000_000));
    optional(VELOCITY_PER_MEMBER_CNY, ConfigValues::positiveDecimal);
    optional(ADJUSTMENT_APPROVAL_ABOVE, v -> ConfigValues.integer(v, 0, 100_000_000));
  }

  /**
   * Each declared mall has a name and may set its own value of a per-mall key; a key for a mall not
   * declared in {@code malls}, or a key a mall cannot set, is refused rather than ignored.
   */
  private void checkMalls() {
    boolean several = lookup(MALLS).isPresent();
    if (several) {
      for (String mall : malls) {
        required(ConfigKeys.mall(mall, MALL_OWN_NAME), MALL_FILE, ConfigValues::text);
      }
    }
    for (String name : propertyNames()) {
      Matcher m = MALL_KEY.matcher(name);
      if (!m.matches() || lookup(name).isEmpty()) {
        continue;
      }
      String mall = m.group(1);
      String key = m.group(2);
      if (!several || !malls.contains(mall)) {
        invalid(
            name, "a key of a mall declared in " + MALLS + " (" + String.join(",", malls) + ")");
      } else if (!key.equals(MALL_OWN_NAME)) {
        Function<String, ?> parser = mallKeyParser(key);
        if (parser == null) {
          invalid(
              name,
              "a key ending in name, one of "
                  + new TreeSet<>(MALL_KEYS)
                  + ", "
                  + new TreeSet<>(ConfigKeys.WIFI_OPTIONAL)
                  + " or a tier's parking.free-minutes / wifi.daily-quota-mb /"
                  + " wifi.bandwidth-up-kbps / wifi.bandwidth-down-kbps");
        } else {
          optional(name, parser);
        }
      }
    }
  }

  private Function<String, ?> mallKeyParser(String key) {
    for (String prefix : MALL_TIER_KEY_PREFIXES) {
      if (key.startsWith(prefix) && tierCodes.contains(key.substring(prefix.length()))) {
        return prefix.startsWith("parking")
            ? v -> ConfigValues.integer(v, 0, 24 * 60)
            : v -> ConfigValues.integer(v, 0, 1_000_000);
      }
    }
    for (String prefix : ConfigKeys.WIFI_TIER_KEY_PREFIXES) {
      if (key.startsWith(prefix) && tierCodes.contains(key.substring(prefix.length()))) {
        return wifiInteger(key);
      }
    }
    if (ConfigKeys.WIFI_OPTIONAL.contains(key)) {
      return wifiInteger(key);
    }
    return switch (key) {
      case "zone" -> ConfigValues::zone;
      case BASE_RATE, POINT_VALUE -> ConfigValues::positiveDecimal;
      case PARKING_SPEND_BONUSES -> ConfigValues::spendBonuses;
      case PARKING_POINTS_PER_HOUR -> v -> ConfigValues.integer(v, 0, 1_000_000);
      case PARKING_POINTS_MAX_HOURS -> v -> ConfigValues.integer(v, 0, 24);
      case WIFI_SESSION_MINUTES -> v -> ConfigValues.integer(v, 1, 24 * 60);
      case BREAKAGE_SHARE, PREPAID_ALERT_PERCENT -> ConfigValues::percent;
      case PREPAID_ALERT_PHONE -> ConfigValues::mobile;
      case PARKING_SPEND_BONUSES_HOLIDAY -> ConfigValues::spendBonuses;
      case PARKING_HOLIDAYS, PARKING_WORKDAYS -> ConfigValues::dates;
      case PARKING_MAX_FREE_HOURS -> v -> ConfigValues.integer(v, 0, 24);
      case PARKING_RELEASE_MINUTES -> v -> ConfigValues.integer(v, 0, 24 * 60);
      case PARKING_FREE_HOUR_COST -> ConfigValues::nonNegativeDecimal;
      case PARKING_SPEND_COST -> v -> ConfigValues.oneOf(v, "TENANTS", "OPERATOR");
      case SALE_NORMAL_MAX, SALE_APPROVAL_ABOVE, VELOCITY_PER_MEMBER_CNY ->
          ConfigValues::positiveDecimal;
      case VELOCITY_PER_ASSISTANT, VELOCITY_PER_MEMBER ->
          v -> ConfigValues.integer(v, 1, 1_000_000);
      case ADJUSTMENT_APPROVAL_ABOVE -> v -> ConfigValues.integer(v, 0, 100_000_000);
      default -> null;
    };
  }

  private static Function<String, Integer> wifiInteger(String key) {
    int[] range = ConfigKeys.wifiRange(key);
    return v -> ConfigValues.integer(v, range[0], range[1]);
  }

  private void checkCategories() {
    for (Category c : Category.values()) {
      required(category(c.name(), EARN_MULTIPLIER), MALL_FILE, ConfigValues::nonNegativeDecimal);
      required(category(c.name(), COST_PER_POINT), MALL_FILE, ConfigValues::nonNegativeDecimal);
      required(
          category(c.name(), REIMBURSEMENT_PER_POINT), MALL_FILE, ConfigValues::nonNegativeDecimal);
      required(category(c.name(), ACCEPTS_POINTS_AS_CASH), MALL_FILE, ConfigValues::bool);
      optional(category(c.name(), SALE_NORMAL_MAX), ConfigValues::positiveDecimal);
      optional(category(c.name(), SALE_APPROVAL_ABOVE), ConfigValues::positiveDecimal);
    }
    // a misspelt category or property would otherwise be ignored in silence
    for (String name : propertyNames()) {
      Matcher m = CATEGORY_KEY.matcher(name);
      if (m.matches()) {
        boolean knownCategory =
            Arrays.stream(Category.values()).anyMatch(c -> c.name().equals(m.group(1)));
        if (!knownCategory) {
          invalid(name, "a category of " + categoryNames());
        } else if (!CATEGORY_PROPERTIES.contains(m.group(2))) {
          invalid(name, "a key ending in one of " + new TreeSet<>(CATEGORY_PROPERTIES));
        }
      }
    }
  }

  private void checkTenants() {
    TreeMap<String, List<String>> propertiesByTenant = new TreeMap<>();
    for (String name : propertyNames()) {
      Matcher m = TENANT_KEY.matcher(name);
      if (m.matches() && lookup(name).isPresent()) {
        propertiesByTenant.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
      }
    }
    propertiesByTenant.forEach(
        (code, properties) -> {
          try {
            ConfigValues.code(code);
          } catch (IllegalArgumentException e) {
            invalid(
                tenant(code, properties.get(0)),
                "a tenant code of 2 to 32 upper-case letters, digits, '-' or '_'");
            return;
          }
          for (String p : properties) {
            if (!TENANT_PROPERTIES.contains(p)) {
              invalid(
                  tenant(code, p), "a key ending in one of " + new TreeSet<>(TENANT_PROPERTIES));
            }
          }
          tenantCodes.add(code);
          required(
              tenant(code, CATEGORY), TENANTS_FILE, v -> ConfigValues.enumValue(v, Category.class));
          optional(tenant(code, EARN_MULTIPLIER), ConfigValues::nonNegativeDecimal);
          optional(tenant(code, COST_PER_POINT), ConfigValues::nonNegativeDecimal);
          optional(tenant(code, REIMBURSEMENT_PER_POINT), ConfigValues::nonNegativeDecimal);
          optional(tenant(code, ACCEPTS_POINTS_AS_CASH), ConfigValues::bool);
          optional(tenant(code, TENANT_ALERT_PHONE), ConfigValues::mobile);
          optional(tenant(code, SALE_NORMAL_MAX), ConfigValues::positiveDecimal);
          optional(tenant(code, SALE_APPROVAL_ABOVE), ConfigValues::positiveDecimal);
          String mallKey = tenant(code, MALL);
          if (malls.size() > 1 && lookup(mallKey).isEmpty()) {
            problems.add(
                ConfigProblem.missing(
                    mallKey, TENANTS_FILE, "one of the malls " + String.join(",", malls)));
          }
          optional(
              mallKey,
              v -> {
                String mall = ConfigValues.code(v);
                if (!malls.contains(mall)) {
                  throw new IllegalArgumentException("one of the malls " + String.join(",", malls));
                }
                return mall;
              });
        });
  }

  private <T> Optional<T> required(String key, String homeFile, Function<String, T> parser) {
    Optional<ConfigValue> value = lookup(key);
    if (value.isEmpty()) {
      problems.add(ConfigProblem.missing(key, homeFile, expectation(parser)));
      return Optional.empty();
    }
    return parse(value.get(), parser);
  }

  private <T> Optional<T> optional(String key, Function<String, T> parser) {
    return lookup(key).flatMap(v -> parse(v, parser));
  }

  private <T> Optional<T> parse(ConfigValue value, Function<String, T> parser) {
    try {
      return Optional.of(parser.apply(rawOf(value)));
    } catch (IllegalArgumentException e) {
      problems.add(
          ConfigProblem.invalid(
              value.getName(), rawOf(value), value.getSourceName(), e.getMessage()));
      return Optional.empty();
    }
  }

  private void invalid(String key, String expected) {
    ConfigValue v = lookup(key).orElse(null);
    problems.add(
        ConfigProblem.invalid(
            key,
            v == null ? "" : rawOf(v),
            v == null ? "unknown source" : v.getSourceName(),
            expected));
  }

  /** What a parser expects, learnt by feeding it nothing. */
  private static String expectation(Function<String, ?> parser) {
    try {
      parser.apply("");
      return "a value";
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** A key with a non-blank value (MicroProfile Config treats an empty value as not set). */
  private Optional<ConfigValue> lookup(String key) {
    try {
      ConfigValue v = config.getConfigValue(key);
      if (v == null || rawOf(v) == null || rawOf(v).isBlank()) {
        return Optional.empty();
      }
      return Optional.of(v);
    } catch (NoSuchElementException e) {
      return Optional.empty();
    }
  }

  private static String rawOf(ConfigValue v) {
    return v.getValue() != null ? v.getValue() : v.getRawValue();
  }

  private Set<String> propertyNames() {
    if (propertyNames == null) {
      propertyNames = new TreeSet<>();
      config.getPropertyNames().forEach(propertyNames::add);
    }
    return propertyNames;
  }

  private static String categoryNames() {
    return String.join(", ", Arrays.stream(Category.values()).map(Enum::name).toList());
  }
}
