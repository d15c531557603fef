package com.atrium.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.tenant.config.MapConfig;
import com.atrium.tenant.config.TenantConfigRules;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MallConfigurationTest {

  private static MallConfiguration demoWith(Map<String, String> environment) {
    MallConfiguration mall = new MallConfiguration();
    mall.config = MapConfig.demoWith("Environment", environment);
    return mall;
  }

  private final MallConfiguration demo = demoWith(Map.of());

  @Test
  void readsTheDemoMall() {
    assertThat(demo.mallCode()).isEqualTo("XH");
    assertThat(demo.mallName()).isEqualTo("星汇广场 Star Harbour Mall");
    assertThat(demo.zone().getId()).isEqualTo("Asia/Shanghai");
    assertThat(demo.baseEarnRate()).isEqualByComparingTo("1");
    assertThat(demo.pointValue()).isEqualByComparingTo("0.01");
    assertThat(demo.expiryReminderDays()).isEqualTo(30);
  }

  @Test
  void tenantTermsFallBackFromTenantToCategory() {
    assertThat(demo.termsOf("FB001", Category.FOOD_BEVERAGE).earnMultiplier())
        .isEqualByComparingTo("1.5");
    assertThat(demo.termsOf("BE001", Category.BEAUTY).earnMultiplier()).isEqualByComparingTo("2.0");
    assertThat(demo.termsOf("SM001", Category.SUPERMARKET).earnMultiplier())
        .isEqualByComparingTo("0.5");
    TenantTerms newcomer = demo.termsOf("ZZ999", Category.CINEMA);
    assertThat(newcomer.earnMultiplier()).isEqualByComparingTo("1.5");
    assertThat(newcomer.costPerPoint()).isEqualByComparingTo("0.0100");
    assertThat(newcomer.acceptsPointsAsCash()).isTrue();
    assertThat(demo.configuredTenantCodes()).hasSize(38);
  }

  @Test
  void theEnvironmentOverridesTheFiles() {
    var overridden = demoWith(Map.of("tenant.FB001.earn-multiplier", "1.8"));

    assertThat(overridden.termsOf("FB001", Category.FOOD_BEVERAGE).earnMultiplier())
        .isEqualByComparingTo("1.8");
  }

  @Test
  void tiersAreListedLowestFirst() {
    assertThat(demo.tiers())
        .extracting(TierDefinition::code)
        .containsExactly("STANDARD", "SILVER", "GOLD", "DIAMOND");
    assertThat(demo.tiers().get(0))
        .isEqualTo(
            new TierDefinition(
                "STANDARD", "普卡", "Standard", new BigDecimal("0.00"), new BigDecimal("1.0")));
    assertThat(demo.tiers().get(3).nameZh()).isEqualTo("钻石卡");
    assertThat(demo.tierQualifyingMonths()).isEqualTo(12);
  }

  @Test
  void expiryPolicyComesFromTheConfiguration() {
    assertThat(demo.expiryPolicy().kind()).isEqualTo(ExpiryPolicy.Kind.END_OF_YEAR_AFTER_EARNING);
    var rolling =
        demoWith(Map.of("expiry.policy", "ROLLING_MONTHS", "expiry.rolling-months", "18"));
    assertThat(rolling.expiryPolicy().expiresAt(Instant.parse("2026-03-01T02:00:00Z")))
        .isEqualTo(Instant.parse("2027-09-01T02:00:00Z"));
  }

  @Test
  void parkingAndWifiPerksByTier() {
    ParkingPerks parking = demo.parkingPerks();
    assertThat(parking.freeMinutes("GOLD")).isEqualTo(180);
    assertThat(parking.extraMinutesFor(new BigDecimal("199.99"))).isZero();
    assertThat(parking.extraMinutesFor(new BigDecimal("500.00"))).isEqualTo(120);
    assertThat(parking.extraMinutesFor(new BigDecimal("5000"))).isEqualTo(240);
    assertThat(parking.pointsPerExtraHour()).isEqualTo(500);
    assertThat(parking.maxPointHoursPerDay()).isEqualTo(4);

    WifiPerks wifi = demo.wifiPerks();
    assertThat(wifi.dailyQuotaMb("DIAMOND")).isEqualTo(5120);
    assertThat(wifi.sessionMinutes()).isEqualTo(120);
  }

  @Test
  void aSingleMallConfigurationIsTheOnlyMallWithTheOperatorWideValues() {
    MallConfiguration single = new MallConfiguration();
    single.config = MapConfig.singleMallDemoWith(Map.of());

    assertThat(single.malls()).extracting(MallSettings::code).containsExactly("XH");
    MallSettings xh = single.mall("XH");
    assertThat(xh.name()).isEqualTo("星汇广场 Star Harbour Mall");
    assertThat(xh.zone().getId()).isEqualTo("Asia/Shanghai");
    assertThat(xh.baseEarnRate()).isEqualByComparingTo("1");
    assertThat(xh.parkingPerks()).isEqualTo(single.parkingPerks());
    assertThat(single.mallOfTenant("FB001")).isEqualTo("XH");
    assertThat(single.operatorName()).isEqualTo("星汇广场 Star Harbour Mall");
    assertThat(TenantConfigRules.check(single.config).problems()).isEmpty();
  }

  @Test
  void severalMallsEachTakeTheirOwnValuesOverTheOperatorWideOnes() {
    var group =
        demoWith(
            Map.of(
                "malls", "XH, CD",
                "operator.name", "星汇集团 Star Harbour Group",
                "mall.XH.name", "星汇广场 Star Harbour Mall",
                "mall.CD.name", "星汇天地 Star Harbour Chengdu",
                "mall.CD.zone", "Asia/Chongqing",
                "mall.CD.earning.base-rate", "2",
                "mall.CD.parking.free-minutes.GOLD", "240",
                "mall.CD.wifi.session-minutes", "90",
                "mall.CD.clearing.breakage-share-percent", "20",
                "tenant.FB001.mall", "CD"));

    assertThat(group.malls()).extracting(MallSettings::code).containsExactly("XH", "CD");
    assertThat(group.operatorName()).isEqualTo("星汇集团 Star Harbour Group");
    MallSettings xh = group.mall("XH");
    MallSettings cd = group.mall("CD");
    assertThat(xh.zone().getId()).isEqualTo("Asia/Shanghai");
    assertThat(xh.baseEarnRate()).isEqualByComparingTo("1");
    assertThat(xh.parkingPerks().freeMinutes("GOLD")).isEqualTo(180);
    assertThat(cd.name()).isEqualTo("星汇天地 Star Harbour Chengdu");
    assertThat(cd.zone().getId()).isEqualTo("Asia/Chongqing");
    assertThat(cd.baseEarnRate()).isEqualByComparingTo("2");
    assertThat(cd.pointValue()).isEqualByComparingTo("0.01");
    assertThat(cd.parkingPerks().freeMinutes("GOLD")).isEqualTo(240);
    assertThat(cd.parkingPerks().freeMinutes("SILVER")).isEqualTo(120);
    assertThat(cd.wifiPerks().sessionMinutes()).isEqualTo(90);
    assertThat(cd.breakageSharePercent()).isEqualByComparingTo("20");
    assertThat(xh.breakageSharePercent()).isEqualByComparingTo("0");
    assertThat(group.mallOfTenant("FB001")).isEqualTo("CD");
    assertThat(group.mallOfTenant("FA001")).isEqualTo("XH");
  }

  @Test
  void theDemoOperatorRunsTwoMalls() {
    assertThat(demo.malls()).extracting(MallSettings::code).containsExactly("XH", "CD");
    assertThat(demo.operatorName()).isEqualTo("星汇集团 Star Harbour Group");
    assertThat(demo.mall("CD").parkingPerks().freeMinutes("STANDARD")).isEqualTo(30);
    assertThat(demo.mall("XH").parkingPerks().freeMinutes("STANDARD")).isEqualTo(60);
    assertThat(demo.mallOfTenant("CD-FB01")).isEqualTo("CD");
  }
}
