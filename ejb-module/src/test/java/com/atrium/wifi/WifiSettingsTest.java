package com.atrium.wifi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.tenant.TierDefinition;
import com.atrium.tenant.WifiPerks;
import com.atrium.tenant.config.MapConfig;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each wifi.* key: the mall's own value, else the operator-wide one, else the default. */
class WifiSettingsTest {

  static final List<TierDefinition> TIERS =
      List.of(
          new TierDefinition("STANDARD", "普卡", "Standard", BigDecimal.ZERO, BigDecimal.ONE),
          new TierDefinition("GOLD", "金卡", "Gold", BigDecimal.TEN, BigDecimal.ONE));
  static final WifiPerks PERKS = new WifiPerks(Map.of("STANDARD", 500, "GOLD", 2048), 120);

  static final MapConfig CONFIG =
      MapConfig.of(
          Map.ofEntries(
              Map.entry("wifi.remember-days", "30"),
              Map.entry("wifi.code.max-per-hour", "5"),
              Map.entry("wifi.visit.points", "20"),
              Map.entry("wifi.bandwidth-up-kbps.GOLD", "8192"),
              Map.entry("wifi.bandwidth-down-kbps.GOLD", "16384"),
              Map.entry("wifi.log-retention-days", "180"),
              Map.entry("mall.CD.wifi.remember-days", "7"),
              Map.entry("mall.CD.wifi.code.max-per-hour", "3"),
              Map.entry("mall.CD.wifi.visit.points", "50"),
              Map.entry("mall.CD.wifi.visit.min-dwell-minutes", "20"),
              Map.entry("mall.CD.wifi.visit.monthly-cap", "8"),
              Map.entry("mall.CD.wifi.bandwidth-down-kbps.GOLD", "32768"),
              Map.entry("mall.CD.wifi.log-retention-days", "90"),
              Map.entry("mall.SZ.wifi.visit.points", "")));

  @Test
  void aMallsOwnValuesWinOverTheOperatorWideOnes() {
    WifiPolicy cd = WifiSettings.read(CONFIG, "CD", PERKS, TIERS);
    assertThat(cd.rememberDays()).isEqualTo(7);
    assertThat(cd.codesPerHour()).isEqualTo(3);
    assertThat(cd.visitPoints()).isEqualTo(50);
    assertThat(cd.visitDwellMinutes()).isEqualTo(20);
    assertThat(cd.visitMonthlyCap()).isEqualTo(8);
    assertThat(cd.tiers().get("GOLD"))
        .as("the mall's own down, the operator's up")
        .isEqualTo(new WifiPolicy.TierPerk(8192, 32768, 2048));
    assertThat(WifiSettings.integer(CONFIG, "CD", "wifi.log-retention-days", 180)).isEqualTo(90);
  }

  @Test
  void aMallWithoutItsOwnValueTakesTheOperatorWideOneElseTheDefault() {
    WifiPolicy xh = WifiSettings.read(CONFIG, "XH", PERKS, TIERS);
    assertThat(xh.rememberDays()).isEqualTo(30);
    assertThat(xh.codesPerHour()).isEqualTo(5);
    assertThat(xh.visitPoints()).isEqualTo(20);
    assertThat(xh.visitDwellMinutes()).as("default").isEqualTo(10);
    assertThat(xh.visitMonthlyCap()).as("default").isEqualTo(31);
    assertThat(xh.tiers().get("GOLD")).isEqualTo(new WifiPolicy.TierPerk(8192, 16384, 2048));
    assertThat(xh.tiers().get("STANDARD"))
        .as("no bandwidth keys: 0")
        .isEqualTo(new WifiPolicy.TierPerk(0, 0, 500));
    assertThat(WifiSettings.read(CONFIG, "SZ", PERKS, TIERS).visitPoints())
        .as("a blank own value is no value")
        .isEqualTo(20);
  }

  @Test
  void aValueOutOfItsRangeIsRefused() {
    MapConfig bad = MapConfig.of(Map.of("mall.CD.wifi.code.max-per-hour", "0"));
    assertThatThrownBy(() -> WifiSettings.read(bad, "CD", PERKS, TIERS))
        .hasMessage("a whole number from 1 to 1000");
  }
}
