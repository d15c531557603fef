package com.atrium.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.tenant.SaleLimits.Verdict;
import com.atrium.tenant.config.MapConfig;
import com.atrium.tenant.config.TenantConfigRules;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SaleLimitsTest {

  private static final SaleLimits FB =
      new SaleLimits(
          Optional.of(new BigDecimal("5000.00")),
          Optional.of(new BigDecimal("80000.00")),
          OptionalInt.of(3),
          OptionalInt.of(2),
          Optional.of(new BigDecimal("1000.00")));

  private static MallConfiguration demoWith(Map<String, String> environment) {
    MallConfiguration mall = new MallConfiguration();
    mall.config = MapConfig.demoWith("Environment", environment);
    return mall;
  }

  @Test
  void aSaleUpToTheNormalMaximumIsBookedAtOnce() {
    assertThat(FB.judge(new BigDecimal("5000.00"), false)).isEqualTo(Verdict.NORMAL);
    assertThat(FB.judge(new BigDecimal("0.01"), false)).isEqualTo(Verdict.NORMAL);
  }

  @Test
  void aCentAboveTheNormalMaximumNeedsTheConfirmation() {
    assertThat(FB.judge(new BigDecimal("5000.01"), false)).isEqualTo(Verdict.CONFIRMATION_REQUIRED);
    assertThat(FB.judge(new BigDecimal("5000.01"), true)).isEqualTo(Verdict.NORMAL);
    assertThat(FB.judge(new BigDecimal("80000.00"), true)).isEqualTo(Verdict.NORMAL);
  }

  @Test
  void aboveTheApprovalThresholdTheSaleIsConfirmedFirstThenHeld() {
    assertThat(FB.judge(new BigDecimal("80000.01"), false))
        .isEqualTo(Verdict.CONFIRMATION_REQUIRED);
    assertThat(FB.judge(new BigDecimal("80000.01"), true)).isEqualTo(Verdict.APPROVAL_REQUIRED);
  }

  @Test
  void anApprovalThresholdAloneAlsoAsksForTheConfirmation() {
    var onlyApproval =
        new SaleLimits(
            Optional.empty(),
            Optional.of(new BigDecimal("100.00")),
            OptionalInt.empty(),
            OptionalInt.empty(),
            Optional.empty());
    assertThat(onlyApproval.judge(new BigDecimal("100.01"), false))
        .isEqualTo(Verdict.CONFIRMATION_REQUIRED);
    assertThat(onlyApproval.judge(new BigDecimal("100.01"), true))
        .isEqualTo(Verdict.APPROVAL_REQUIRED);
    assertThat(SaleLimits.NONE.judge(new BigDecimal("99999999.99"), false))
        .isEqualTo(Verdict.NORMAL);
  }

  @Test
  void velocityCountsThisSaleAndGoesOverStrictlyAboveTheLimit() {
    assertThat(FB.memberOverVelocity(2, new BigDecimal("1000.00"))).isFalse();
    assertThat(FB.memberOverVelocity(3, new BigDecimal("10.00"))).isTrue();
    assertThat(FB.memberOverVelocity(1, new BigDecimal("1000.01"))).isTrue();
    assertThat(FB.assistantOverVelocity(3)).isFalse();
    assertThat(FB.assistantOverVelocity(4)).isTrue();
    assertThat(SaleLimits.NONE.memberOverVelocity(1_000, new BigDecimal("1e9"))).isFalse();
  }

  @Test
  void theDemoLimitsFallBackFromTenantToCategoryToMallToTheOperator() {
    MallConfiguration demo = demoWith(Map.of());
    SaleLimits coffee = demo.saleLimitsOf("FB001", Category.FOOD_BEVERAGE, "XH");
    assertThat(coffee.normalMax()).contains(new BigDecimal("5000.00"));
    assertThat(coffee.approvalAbove()).contains(new BigDecimal("80000.00"));
    assertThat(coffee.perAssistantPerDay()).hasValue(500);
    assertThat(coffee.perMemberPerDay()).hasValue(20);
    assertThat(demo.saleLimitsOf("EL001", Category.ELECTRONICS, "XH").normalMax()).isEmpty();

    MallConfiguration tuned =
        demoWith(
            Map.of(
                "tenant.FB001.sale.normal-max-cny", "800.00",
                "mall.CD.sale.normal-max-cny", "3000.00",
                "mall.CD.velocity.per-member-per-day", "5",
                "sale.approval-above-cny", "200000.00"));
    assertThat(tuned.saleLimitsOf("FB001", Category.FOOD_BEVERAGE, "XH").normalMax())
        .contains(new BigDecimal("800.00"));
    assertThat(tuned.saleLimitsOf("EL001", Category.ELECTRONICS, "CD").normalMax())
        .contains(new BigDecimal("3000.00"));
    assertThat(tuned.saleLimitsOf("EL001", Category.ELECTRONICS, "XH").normalMax()).isEmpty();
    assertThat(tuned.saleLimitsOf("EL001", Category.ELECTRONICS, "XH").approvalAbove())
        .contains(new BigDecimal("200000.00"));
    assertThat(tuned.saleLimitsOf("FB002", Category.FOOD_BEVERAGE, "CD").perMemberPerDay())
        .hasValue(5);
    assertThat(tuned.saleLimitsOf("FB002", Category.FOOD_BEVERAGE, "XH").perMemberPerDay())
        .hasValue(20);
  }

  @Test
  void theConfigurationCheckKnowsTheKeysAndRefusesBadValues() {
    assertThat(
            TenantConfigRules.check(
                    MapConfig.demoWith(
                        "Environment",
                        Map.of(
                            "tenant.FB001.sale.approval-above-cny", "9000.00",
                            "category.FASHION.sale.normal-max-cny", "20000",
                            "mall.CD.velocity.per-assistant-per-day", "100",
                            "velocity.per-member-per-day-cny", "50000.00")))
                .problems())
        .isEmpty();
    var bad =
        TenantConfigRules.check(
            MapConfig.demoWith(
                "Environment",
                Map.of(
                    "sale.normal-max-cny", "-1",
                    "tenant.FB001.sale.approval-above-cny", "lots",
                    "mall.CD.velocity.per-member-per-day", "0")));
    assertThat(bad.problems())
        .extracting(p -> p.key())
        .containsExactlyInAnyOrder(
            "sale.normal-max-cny",
            "tenant.FB001.sale.approval-above-cny",
            "mall.CD.velocity.per-member-per-day");
  }
}
