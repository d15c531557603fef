package com.atrium.tenant.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantConfigRulesTest {

  private static final String MALL_FILE = "classpath:atrium-tenant-config/mall.properties";
  private static final String TENANTS_FILE = "classpath:atrium-tenant-config/tenants.properties";

  private static TenantConfigRules.Result checkDemoWith(Map<String, String> environment) {
    return TenantConfigRules.check(MapConfig.demoWith("Environment", environment));
  }

  @Test
  void theBundledDemoConfigurationIsValidAndNamesTheThirtyTenants() {
    var result = checkDemoWith(Map.of());

    assertThat(result.problems()).isEmpty();
    assertThat(result.tenantCodes()).hasSize(38).contains("FB001", "BE001", "SV002", "CD-FB01");
  }

  @Test
  void aBadValueNamesTheKeyTheValueTheExpectationAndTheSource() {
    var result = checkDemoWith(Map.of("earning.base-rate", "0"));

    assertThat(result.isValid()).isFalse();
    assertThat(result.message())
        .contains(
            "earning.base-rate = \"0\" (from Environment): expected a decimal > 0 with at most 4"
                + " decimals");
  }

  @Test
  void aMissingRequiredKeySaysWhichFileOrEnvironmentVariableShouldHoldIt() {
    var result = checkDemoWith(MapConfig.unset("mall.zone", "tier.GOLD.threshold-cny"));

    assertThat(result.message())
        .contains("mall.zone: not set; expected in mall.properties or env MALL_ZONE")
        .contains(
            "tier.GOLD.threshold-cny: not set; expected in mall.properties or env"
                + " TIER_GOLD_THRESHOLD_CNY");
  }

  @Test
  void everyProblemIsListedInOneMessage() {
    var result =
        checkDemoWith(
            Map.of(
                "mall.zone", "Asia/Shanghia",
                "expiry.policy", "NEVER",
                "category.BEAUTY.earn-multiplier", "-1",
                "tenant.FB002.cost-per-point", "0.01234",
                "tenant.FB003.accepts-points-as-cash", "ture"));

    assertThat(result.problems()).hasSize(5);
    assertThat(result.message())
        .startsWith("Atrium tenant configuration is invalid (5 problems)")
        .contains("mall.zone = \"Asia/Shanghia\" (from Environment): expected a time-zone id")
        .contains(
            "expiry.policy = \"NEVER\" (from Environment): expected one of"
                + " END_OF_YEAR_AFTER_EARNING, ROLLING_MONTHS")
        .contains(
            "category.BEAUTY.earn-multiplier = \"-1\" (from Environment): expected a decimal >= 0")
        .contains(
            "tenant.FB002.cost-per-point = \"0.01234\" (from Environment): expected a decimal >= 0"
                + " with at most 4 decimals")
        .contains(
            "tenant.FB003.accepts-points-as-cash = \"ture\" (from Environment): expected true or"
                + " false");
  }

  @Test
  void aValueFromAFileNamesThatFile() {
    var result =
        TenantConfigRules.check(
            new MapConfig(
                List.of(
                    new MapConfig.FixedSource(
                        "/etc/atrium/tenants.properties",
                        250,
                        Map.of("tenant.XY001.category", "FOOD")))));

    assertThat(result.message())
        .contains(
            "tenant.XY001.category = \"FOOD\" (from /etc/atrium/tenants.properties): expected one"
                + " of FOOD_BEVERAGE, FASHION");
  }

  @Test
  void everyTenantNeedsAKnownCategoryAndOnlyKnownProperties() {
    var result =
        checkDemoWith(
            Map.of(
                "tenant.FB001.category", "RESTAURANT",
                "tenant.FB009.earn-multiplier", "1.0",
                "tenant.FB009.mall", "XH",
                "tenant.FB004.earn-mulitplier", "2"));

    assertThat(result.message())
        .contains("tenant.FB001.category = \"RESTAURANT\" (from Environment): expected one of")
        .contains(
            "tenant.FB009.category: not set; expected in tenants.properties or env"
                + " TENANT_FB009_CATEGORY")
        .contains(
            "tenant.FB004.earn-mulitplier = \"2\" (from Environment): expected a key ending in one"
                + " of");
    assertThat(result.problems()).hasSize(3);
  }

  @Test
  void aMisspeltCategoryIsReported() {
    var result = checkDemoWith(Map.of("category.FOOD.earn-multiplier", "1.0"));

    assertThat(result.message())
        .contains(
            "category.FOOD.earn-multiplier = \"1.0\" (from Environment): expected a category of"
                + " FOOD_BEVERAGE");
  }

  @Test
  void tierThresholdsMustAscendFromZero() {
    var result =
        checkDemoWith(
            Map.of("tier.STANDARD.threshold-cny", "10.00", "tier.GOLD.threshold-cny", "5000.00"));

    assertThat(result.message())
        .contains(
            "tier.STANDARD.threshold-cny = \"10.00\" (from Environment): expected 0 for the lowest"
                + " tier")
        .contains(
            "tier.GOLD.threshold-cny = \"5000.00\" (from Environment): expected a threshold above"
                + " tier.SILVER.threshold-cny (5000.00)");
  }

  @Test
  void aRollingExpiryNeedsItsMonths() {
    var rolling =
        checkDemoWith(Map.of("expiry.policy", "ROLLING_MONTHS", "expiry.rolling-months", "0"));

    assertThat(rolling.message())
        .contains(
            "expiry.rolling-months = \"0\" (from Environment): expected a whole number from 1 to"
                + " 120");
  }

  @Test
  void parkingSpendBonusesMustAscend() {
    var result = checkDemoWith(Map.of("parking.spend-bonuses", "500:60, 200:120"));

    assertThat(result.message())
        .contains(
            "parking.spend-bonuses = \"500:60, 200:120\" (from Environment): expected a"
                + " comma-separated list");
    assertThat(checkDemoWith(Map.of("parking.spend-bonuses", "none")).isValid()).isTrue();
  }

  @Test
  void theBreakageShareIsAPercentageOperatorWideOrPerMall() {
    assertThat(checkDemoWith(Map.of("clearing.breakage-share-percent", "12.5")).isValid()).isTrue();
    assertThat(checkDemoWith(Map.of("mall.CD.clearing.breakage-share-percent", "20")).isValid())
        .isTrue();
    assertThat(checkDemoWith(Map.of("clearing.breakage-share-percent", "100.01")).message())
        .contains(
            "clearing.breakage-share-percent = \"100.01\" (from Environment): expected a percentage"
                + " from 0 to 100 with at most 2 decimals");
    assertThat(checkDemoWith(Map.of("mall.CD.clearing.breakage-share-percent", "-1")).message())
        .contains("mall.CD.clearing.breakage-share-percent = \"-1\"");
    assertThat(checkDemoWith(Map.of("clearing.breakage-share-percent", "1.005")).isValid())
        .isFalse();
  }

  @Test
  void aConfiguredFolderThatDoesNotExistIsReported() {
    var result = checkDemoWith(Map.of("atrium.tenant-config.dir", "/nowhere/atrium"));

    assertThat(result.message())
        .contains(
            "atrium.tenant-config.dir = \"/nowhere/atrium\" (from Environment): expected an"
                + " existing folder");
  }

  @Test
  void anEmptyConfigurationReportsEveryRequiredKey() {
    var result = TenantConfigRules.check(MapConfig.of(Map.of()));

    assertThat(result.problems()).allMatch(ConfigProblem::isMissing);
    assertThat(result.message())
        .contains("mall.code: not set; expected in mall.properties or env MALL_CODE")
        .contains("category.OTHER.accepts-points-as-cash: not set");
  }

  @Test
  void theFilesSitBetweenTheBuiltInDefaultsAndTheEnvironment() {
    assertThat(TenantConfigSource.ORDINAL).isGreaterThan(100).isLessThan(300);
  }

  @Test
  void severalMallsNeedANameEachAndEveryTenantInOneOfThem() {
    Map<String, String> group = new HashMap<>();
    group.put("malls", "XH,CD");
    group.put("mall.XH.name", "星汇广场");
    group.put("mall.CD.name", "");
    group.put("tenant.FA001.mall", "");
    group.put("mall.CD.earning.base-rate", "0");
    group.put("mall.CD.parking.free-minutes.PLATINUM", "60");
    group.put("mall.SZ.name", "not declared");
    group.put("tenant.FB001.mall", "SZ");
    var result = checkDemoWith(group);

    assertThat(result.message())
        .contains("mall.CD.name: not set; expected in mall.properties or env MALL_CD_NAME")
        .contains("mall.CD.earning.base-rate = \"0\" (from Environment): expected a decimal > 0")
        .contains(
            "mall.CD.parking.free-minutes.PLATINUM = \"60\" (from Environment): expected a key")
        .contains(
            "mall.SZ.name = \"not declared\" (from Environment): expected a key of a mall declared in malls (XH,CD)")
        .contains("tenant.FB001.mall = \"SZ\" (from Environment): expected one of the malls XH,CD")
        .contains(
            "tenant.FA001.mall: not set; expected in tenants.properties or env TENANT_FA001_MALL");
  }

  @Test
  void aMallKeyWithoutSeveralMallsIsRefused() {
    var result =
        TenantConfigRules.check(
            MapConfig.singleMallDemoWith(Map.of("mall.XH.zone", "Asia/Shanghai")));

    assertThat(result.message())
        .contains(
            "mall.XH.zone = \"Asia/Shanghai\" (from Environment): expected a key of a mall declared in malls (XH)");
  }

  @Test
  void aMallMaySetEveryWifiKeyAndAWrongOneIsRefused() {
    Map<String, String> own = new HashMap<>();
    own.put("mall.CD.wifi.remember-days", "7");
    own.put("mall.CD.wifi.code.max-per-hour", "3");
    own.put("mall.CD.wifi.visit.points", "50");
    own.put("mall.CD.wifi.visit.min-dwell-minutes", "20");
    own.put("mall.CD.wifi.visit.monthly-cap", "8");
    own.put("mall.CD.wifi.log-retention-days", "90");
    own.put("mall.CD.wifi.bandwidth-up-kbps.GOLD", "4096");
    own.put("mall.CD.wifi.bandwidth-down-kbps.GOLD", "32768");
    assertThat(checkDemoWith(own).problems()).isEmpty();

    Map<String, String> wrong = new HashMap<>();
    wrong.put("mall.CD.wifi.code.max-per-hour", "0");
    wrong.put("mall.CD.wifi.visit.monthly-cap", "40");
    wrong.put("mall.CD.wifi.bandwidth-up-kbps.PLATINUM", "4096");
    wrong.put("wifi.remember-days", "-1");
    var result = checkDemoWith(wrong);
    assertThat(result.problems()).hasSize(4);
    assertThat(result.message())
        .contains(
            "mall.CD.wifi.code.max-per-hour = \"0\" (from Environment): expected a whole number"
                + " from 1 to 1000")
        .contains(
            "mall.CD.wifi.visit.monthly-cap = \"40\" (from Environment): expected a whole number"
                + " from 0 to 31")
        .contains(
            "mall.CD.wifi.bandwidth-up-kbps.PLATINUM = \"4096\" (from Environment): expected a key")
        .contains(
            "wifi.remember-days = \"-1\" (from Environment): expected a whole number from 0 to"
                + " 3650");
  }
}
