package com.atrium.wifi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grant by tier and what is left of the day's quota; the visit's dwell. */
class WifiPolicyTest {

  static final WifiPolicy POLICY =
      new WifiPolicy(
          Map.of(
              "STANDARD", new WifiPolicy.TierPerk(2048, 4096, 500),
              "GOLD", new WifiPolicy.TierPerk(8192, 16384, 2048)),
          120,
          30,
          5,
          20,
          10,
          10);

  @Test
  void aFreshMemberGetsTheTiersBandwidthAndWholeQuota() {
    WifiGrant g = POLICY.grant("GOLD", 0);
    assertThat(g.upKbps()).isEqualTo(8192);
    assertThat(g.downKbps()).isEqualTo(16384);
    assertThat(g.sessionMinutes()).isEqualTo(120);
    assertThat(g.quotaBytes()).isEqualTo(2048L * 1024 * 1024);
    assertThat(g.remainingBytes()).isEqualTo(2_147_483_648L);
    assertThat(g.quotaUsedUp()).isFalse();
  }

  @Test
  void theQuotaLeftIsWhatTheDayHasNotUsedAndNeverNegative() {
    assertThat(POLICY.grant("STANDARD", 1).remainingBytes()).isEqualTo(524_287_999L);
    assertThat(POLICY.grant("STANDARD", 524_287_999L).remainingBytes()).isEqualTo(1);
    assertThat(POLICY.grant("STANDARD", 524_288_000L).quotaUsedUp()).isTrue();
    assertThat(POLICY.grant("STANDARD", 900_000_000L).remainingBytes()).isZero();
  }

  @Test
  void aTierWithoutPerksGetsNothing() {
    WifiGrant g = POLICY.grant("UNKNOWN", 0);
    assertThat(g.upKbps()).isZero();
    assertThat(g.quotaUsedUp()).isTrue();
  }

  @Test
  void aVisitNeedsTheWholeDwell() {
    assertThat(POLICY.isVisit(599)).isFalse();
    assertThat(POLICY.isVisit(600)).isTrue();
    assertThat(POLICY.remembered().toDays()).isEqualTo(30);
  }

  @Test
  void aPartnerRightsExtraDataAddsToTheTiersDailyQuota() {
    WifiGrant g = POLICY.grant("STANDARD", 524_288_000L, 100);
    assertThat(g.quotaBytes()).isEqualTo(524_288_000L + 100 * 1024L * 1024L);
    assertThat(g.remainingBytes()).isEqualTo(100 * 1024L * 1024L);
    assertThat(g.upKbps())
        .as("the bandwidth stays the tier's")
        .isEqualTo(POLICY.grant("STANDARD", 0).upKbps());
    assertThat(POLICY.grant("STANDARD", 0, 0)).isEqualTo(POLICY.grant("STANDARD", 0));
  }
}
