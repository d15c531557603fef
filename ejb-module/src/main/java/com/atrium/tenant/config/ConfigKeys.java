package com.atrium.tenant.config;

import java.util.Locale;
import java.util.Set;

/** The keys of the tenant configuration; docs/configuration.md describes each. */
public final class ConfigKeys {

  private ConfigKeys() {}

  public static final String MALL_FILE = "mall.properties";
  public static final String TENANTS_FILE = "tenants.properties";

  /** The operator's malls, when it runs more than one: {@code malls=XH,CD}. */
  public static final String MALLS = "malls";

  public static final String OPERATOR_NAME = "operator.name";
  public static final String MALL_CODE = "mall.code";
  public static final String MALL_NAME = "mall.name";
  public static final String MALL_ZONE = "mall.zone";
  public static final String BASE_RATE = "earning.base-rate";
  public static final String POINT_VALUE = "points.value-cny";
  public static final String EXPIRY_POLICY = "expiry.policy";
  public static final String EXPIRY_ROLLING_MONTHS = "expiry.rolling-months";
  public static final String EXPIRY_REMINDER_DAYS = "expiry.reminder-days";
  public static final String TIER_CODES = "tier.codes";
  public static final String TIER_QUALIFYING_MONTHS = "tier.qualifying-months";
  public static final String PARKING_SPEND_BONUSES = "parking.spend-bonuses";
  public static final String PARKING_POINTS_PER_HOUR = "parking.points.per-hour";
  public static final String PARKING_POINTS_MAX_HOURS = "parking.points.max-hours-per-day";
  // read by the parking context (docs/parking.md); optional, each with its default there
  public static final String PARKING_SPEND_BONUSES_HOLIDAY = "parking.spend-bonuses.holiday";
  public static final String PARKING_HOLIDAYS = "parking.holidays";
  public static final String PARKING_WORKDAYS = "parking.workdays";
  public static final String PARKING_MAX_FREE_HOURS = "parking.max-free-hours-per-day";
  public static final String PARKING_RELEASE_MINUTES = "parking.release-minutes";
  public static final String PARKING_FREE_HOUR_COST = "parking.free-hour-cost-cny";
  public static final String PARKING_SPEND_COST = "parking.spend-cost";
  public static final Set<String> PARKING_OPTIONAL =
      Set.of(
          PARKING_SPEND_BONUSES_HOLIDAY,
          PARKING_HOLIDAYS,
          PARKING_WORKDAYS,
          PARKING_MAX_FREE_HOURS,
          PARKING_RELEASE_MINUTES,
          PARKING_FREE_HOUR_COST,
          PARKING_SPEND_COST);
  public static final String WIFI_SESSION_MINUTES = "wifi.session-minutes";
  public static final String BREAKAGE_SHARE = "clearing.breakage-share-percent";
  public static final String PREPAID_ALERT_PERCENT = "clearing.prepaid-alert-percent";
  public static final String PREPAID_ALERT_PHONE = "clearing.prepaid-alert-phone";

  /** Above it a sale needs the assistant's confirmation (mall, category or tenant). */
  public static final String SALE_NORMAL_MAX = "sale.normal-max-cny";

  /** Above it a sale waits for a manager's or an operator's approval (mall, category, tenant). */
  public static final String SALE_APPROVAL_ABOVE = "sale.approval-above-cny";

  /** Daily sales (count) one assistant or POS key may record before the desk is told. */
  public static final String VELOCITY_PER_ASSISTANT = "velocity.per-assistant-per-day";

  /** Daily sales (count) of one member before the desk is told. */
  public static final String VELOCITY_PER_MEMBER = "velocity.per-member-per-day";

  /** Daily sales (CNY) of one member before the desk is told. */
  public static final String VELOCITY_PER_MEMBER_CNY = "velocity.per-member-per-day-cny";

  /** Per-tenant and per-category properties: {@code tenant.<CODE>.<property>}. */
  public static final String CATEGORY = "category";

  public static final String EARN_MULTIPLIER = "earn-multiplier";
  public static final String COST_PER_POINT = "cost-per-point";
  public static final String REIMBURSEMENT_PER_POINT = "reimbursement-per-point";
  public static final String ACCEPTS_POINTS_AS_CASH = "accepts-points-as-cash";
  public static final String MALL = "mall";
  public static final String TENANT_ALERT_PHONE = "prepaid-alert-phone";
  public static final Set<String> TENANT_PROPERTIES =
      Set.of(
          MALL,
          TENANT_ALERT_PHONE,
          CATEGORY,
          EARN_MULTIPLIER,
          COST_PER_POINT,
          REIMBURSEMENT_PER_POINT,
          ACCEPTS_POINTS_AS_CASH,
          SALE_NORMAL_MAX,
          SALE_APPROVAL_ABOVE);
  public static final Set<String> CATEGORY_PROPERTIES =
      Set.of(
          EARN_MULTIPLIER,
          COST_PER_POINT,
          REIMBURSEMENT_PER_POINT,
          ACCEPTS_POINTS_AS_CASH,
          SALE_NORMAL_MAX,
          SALE_APPROVAL_ABOVE);

  /** A mall's own value of an operator-wide key: {@code mall.<CODE>.<key>}. */
  public static String mall(String mallCode, String key) {
    return "mall." + mallCode + "." + key;
  }

  /** A mall's own key for an operator-wide key ({@code mall.zone} becomes {@code mall.XH.zone}). */
  public static String ownKey(String mallCode, String key) {
    return mall(mallCode, key.equals(MALL_ZONE) ? "zone" : key);
  }

  /** The name a mall must have when several are declared; the only per-mall key without default. */
  public static final String MALL_OWN_NAME = "name";

  /**
   * The keys a mall may set for itself ({@code mall.<CODE>.<key>}), each falling back to the
   * operator-wide key of the same name; the per-tier keys are checked by prefix.
   */
  public static final Set<String> MALL_KEYS =
      Set.of(
          "zone",
          BASE_RATE,
          POINT_VALUE,
          PARKING_SPEND_BONUSES,
          PARKING_POINTS_PER_HOUR,
          PARKING_POINTS_MAX_HOURS,
          WIFI_SESSION_MINUTES,
          BREAKAGE_SHARE,
          PREPAID_ALERT_PERCENT,
          PREPAID_ALERT_PHONE,
          PARKING_SPEND_BONUSES_HOLIDAY,
          PARKING_HOLIDAYS,
          PARKING_WORKDAYS,
          PARKING_MAX_FREE_HOURS,
          PARKING_RELEASE_MINUTES,
          PARKING_FREE_HOUR_COST,
          PARKING_SPEND_COST,
          SALE_NORMAL_MAX,
          SALE_APPROVAL_ABOVE,
          VELOCITY_PER_ASSISTANT,
          VELOCITY_PER_MEMBER,
          VELOCITY_PER_MEMBER_CNY,
          ConfigKeys.ADJUSTMENT_APPROVAL_ABOVE); // declared at the end

  public static final Set<String> MALL_TIER_KEY_PREFIXES =
      Set.of("parking.free-minutes.", "wifi.daily-quota-mb.");

  public static String tier(String code, String property) {
    return "tier." + code + "." + property;
  }

  public static String parkingFreeMinutes(String tierCode) {
    return "parking.free-minutes." + tierCode;
  }

  public static String wifiDailyQuotaMb(String tierCode) {
    return "wifi.daily-quota-mb." + tierCode;
  }

  public static String tenant(String code, String property) {
    return "tenant." + code + "." + property;
  }

  public static String category(String category, String property) {
    return "category." + category + "." + property;
  }

  /** The environment variable MicroProfile Config maps to a key: EARNING_BASE_RATE. */
  public static String envName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  // The WiFi keys beside wifi.session-minutes and wifi.daily-quota-mb.<TIER> (docs/wifi.md): all
  // optional, each also settable per mall as mall.<CODE>.<key> (the mall's own value wins).
  public static final String WIFI_REMEMBER_DAYS = "wifi.remember-days";
  public static final String WIFI_CODES_PER_HOUR = "wifi.code.max-per-hour";
  public static final String WIFI_VISIT_POINTS = "wifi.visit.points";
  public static final String WIFI_VISIT_DWELL = "wifi.visit.min-dwell-minutes";
  public static final String WIFI_VISIT_MONTHLY_CAP = "wifi.visit.monthly-cap";
  public static final String WIFI_LOG_RETENTION_DAYS = "wifi.log-retention-days";
  public static final Set<String> WIFI_OPTIONAL =
      Set.of(
          WIFI_REMEMBER_DAYS,
          WIFI_CODES_PER_HOUR,
          WIFI_VISIT_POINTS,
          WIFI_VISIT_DWELL,
          WIFI_VISIT_MONTHLY_CAP,
          WIFI_LOG_RETENTION_DAYS);

  /** The WiFi bandwidth keys, per tier code (kbit/s, optional, default 0), per mall too. */
  public static final Set<String> WIFI_TIER_KEY_PREFIXES =
      Set.of("wifi.bandwidth-up-kbps.", "wifi.bandwidth-down-kbps.");

  public static String wifiBandwidthUpKbps(String tierCode) {
    return "wifi.bandwidth-up-kbps." + tierCode;
  }

  public static String wifiBandwidthDownKbps(String tierCode) {
    return "wifi.bandwidth-down-kbps." + tierCode;
  }

  /** The range of each optional WiFi key (inclusive), as the validator and the reader check it. */
  public static int[] wifiRange(String key) {
    return switch (key) {
      case WIFI_REMEMBER_DAYS -> new int[] {0, 3650};
      case WIFI_CODES_PER_HOUR -> new int[] {1, 1000};
      case WIFI_VISIT_POINTS -> new int[] {0, 1_000_000};
      case WIFI_VISIT_DWELL -> new int[] {0, 24 * 60};
      case WIFI_VISIT_MONTHLY_CAP -> new int[] {0, 31};
      case WIFI_LOG_RETENTION_DAYS -> new int[] {1, 3650};
      default -> new int[] {0, 10_000_000}; // bandwidth, kbit/s
    };
  }

  /**
   * Above it (points, either sign) a manual points adjustment waits for a second operator's
   * approval (docs/members.md); operator-wide or per mall. Unset: every adjustment is booked at
   * once.
   */
  public static final String ADJUSTMENT_APPROVAL_ABOVE = "care.adjustment-approval-above-points";
}
