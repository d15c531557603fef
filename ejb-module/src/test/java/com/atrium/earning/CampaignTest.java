package com.atrium.earning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CampaignTest {

  private static final Instant FROM = Instant.parse("2026-12-12T02:00:00Z");
  private static final Instant TO = Instant.parse("2026-12-19T02:00:00Z");

  @Test
  void aCampaignThatCanRunIsBuilt() {
    Campaign c = campaign("D12", "双十二", FROM, TO, new BigDecimal("2.50"), 50, 1);
    assertThat(c.multiplier()).isEqualTo(new BigDecimal("2.5"));
    assertThat(c.bonus()).isEqualTo(50);
    assertThat(campaign("D", "n", FROM, FROM.plusNanos(1000), null, 1, 1).bonus()).isEqualTo(1);
    assertThat(campaign("A".repeat(32), "n", FROM, TO, new BigDecimal("1.01"), 0, 1).code())
        .hasSize(32);
  }

  @Test
  void eachRefusalNamesTheFieldToCorrect() {
    refused(() -> campaign("d12", "n", FROM, TO, null, 5, 1), "CAMPAIGN_CODE_INVALID", "code");
    refused(
        () -> campaign("A".repeat(33), "n", FROM, TO, null, 5, 1), "CAMPAIGN_CODE_INVALID", "code");
    refused(() -> campaign(null, "n", FROM, TO, null, 5, 1), "CAMPAIGN_CODE_INVALID", "code");
    refused(() -> campaign("D", " ", FROM, TO, null, 5, 1), "CAMPAIGN_NAME_REQUIRED", "name");
    refused(() -> campaign("D", null, FROM, TO, null, 5, 1), "CAMPAIGN_NAME_REQUIRED", "name");
    refused(() -> campaign("D", "n", FROM, FROM, null, 5, 1), "CAMPAIGN_WINDOW_INVALID", "endsAt");
    refused(() -> campaign("D", "n", TO, FROM, null, 5, 1), "CAMPAIGN_WINDOW_INVALID", "endsAt");
    refused(() -> campaign("D", "n", null, TO, null, 5, 1), "CAMPAIGN_WINDOW_INVALID", "endsAt");
    refused(
        () -> campaign("D", "n", FROM, TO, BigDecimal.ONE, 5, 1),
        "CAMPAIGN_MULTIPLIER_INVALID",
        "multiplier");
    refused(() -> campaign("D", "n", FROM, TO, null, -1, 1), "CAMPAIGN_BONUS_INVALID", "bonus");
    refused(
        () -> campaign("D", "n", FROM, TO, null, 0, 1), "CAMPAIGN_REWARD_REQUIRED", "multiplier");
    refused(() -> campaign("D", "n", FROM, TO, null, 5, 0), "CAMPAIGN_BUDGET_INVALID", "budget");
    refused(() -> campaign("D", "n", FROM, TO, null, 5, -5), "CAMPAIGN_BUDGET_INVALID", "budget");
  }

  @Test
  void inRulesADuplicateCodeIsRefusedAndAParsedBadCampaignIsInvalidRules() {
    Campaign c = campaign("D", "n", FROM, TO, null, 5, 1);
    EarningRuleSet none =
        new EarningRuleSet(
            BigDecimal.ONE,
            BigDecimal.ZERO,
            null,
            null,
            Map.of(),
            Map.of(),
            Map.of(),
            null,
            Set.of(),
            List.of());
    assertThatThrownBy(() -> none.withCampaigns(List.of(c, c)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("RULES_INVALID"));
    String json = none.withCampaigns(List.of(c)).toJson().replace("\"budget\":1", "\"budget\":0");
    assertThatThrownBy(() -> EarningRuleSet.parse(json))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("RULES_INVALID");
              assertThat(e.getMessage()).contains("Campaign D", "budget");
            });
  }

  @Test
  void aTenantFundedCampaignAppliesToItsTenantAloneAndSurvivesTheDocument() {
    Campaign funded =
        new Campaign(
            "UQ2X",
            "优衣库双倍",
            FROM,
            TO,
            Set.of("FA001"),
            Set.of(),
            new BigDecimal("2"),
            0,
            500,
            "FA001");
    assertThat(funded.tenantFunded()).isTrue();
    assertThat(campaign("D", "n", FROM, TO, null, 5, 1).tenantFunded()).isFalse();
    assertThat(funded.appliesTo(FROM, "FA001", "FASHION")).isTrue();
    assertThat(funded.appliesTo(FROM, "FB001", "FASHION")).isFalse();

    refused(
        () -> new Campaign("UQ", "n", FROM, TO, Set.of(), Set.of(), null, 5, 1, "FA001"),
        "CAMPAIGN_FUNDER_SCOPE_INVALID",
        "tenants");
    refused(
        () ->
            new Campaign(
                "UQ", "n", FROM, TO, Set.of("FA001", "FB001"), Set.of(), null, 5, 1, "FA001"),
        "CAMPAIGN_FUNDER_SCOPE_INVALID",
        "tenants");
    refused(
        () -> new Campaign("UQ", "n", FROM, TO, Set.of("FB001"), Set.of(), null, 5, 1, "FA001"),
        "CAMPAIGN_FUNDER_SCOPE_INVALID",
        "tenants");
    refused(
        () ->
            new Campaign(
                "UQ", "n", FROM, TO, Set.of("FA001"), Set.of("FASHION"), null, 5, 1, "FA001"),
        "CAMPAIGN_FUNDER_SCOPE_INVALID",
        "tenants");

    EarningRuleSet rules = none().withCampaigns(List.of(funded));
    String json = rules.toJson();
    assertThat(json).contains("\"fundedBy\":\"FA001\"");
    assertThat(EarningRuleSet.parse(json).campaigns()).containsExactly(funded);
    // an operator-funded campaign writes no fundedBy, so older readers see what they saw
    assertThat(none().withCampaigns(List.of(campaign("D", "n", FROM, TO, null, 5, 1))).toJson())
        .doesNotContain("fundedBy");
    assertThatThrownBy(
            () -> EarningRuleSet.parse(json.replace("\"fundedBy\":\"FA001\"", "\"fundedBy\":7")))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("RULES_INVALID"));
    assertThatThrownBy(
            () ->
                EarningRuleSet.parse(
                    json.replace("\"fundedBy\":\"FA001\"", "\"fundedBy\":\"FB001\"")))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("RULES_INVALID");
              assertThat(e.getMessage()).contains("Campaign UQ2X", "FB001");
            });
  }

  @Test
  void aSalesPointsOfTheCampaignsItsTenantFundsAreToldApartFromTheOperators() {
    Campaign funded =
        new Campaign(
            "UQ2X",
            "n",
            FROM,
            TO,
            Set.of("FA001"),
            Set.of(),
            new BigDecimal("2"),
            0,
            1_000_000,
            "FA001");
    Campaign operators = campaign("MALL50", "n", FROM, TO, null, 50, 1_000_000);
    EarningRuleSet rules = none().withCampaigns(List.of(funded, operators));
    Evaluation e =
        RuleEvaluator.evaluate(
            rules,
            1,
            new SaleFacts(new BigDecimal("1000.00"), FROM, "FA001", "FASHION", null, false, 0));
    // base 1,000; the tenant's ×2 campaign 1,000 more; the mall's bonus 50
    assertThat(e.points()).isEqualTo(2050);
    assertThat(e.tenantPoints()).isEqualTo(1000);
    assertThat(SaleBook.tenantFunded(rules, e)).isEqualTo(1000);
    assertThat(e.operatorPoints() - SaleBook.tenantFunded(rules, e)).isEqualTo(50);
  }

  private static EarningRuleSet none() {
    return new EarningRuleSet(
        BigDecimal.ONE,
        BigDecimal.ZERO,
        null,
        null,
        Map.of(),
        Map.of(),
        Map.of(),
        null,
        Set.of(),
        List.of());
  }

  private static Campaign campaign(
      String code,
      String name,
      Instant from,
      Instant to,
      BigDecimal multiplier,
      long bonus,
      long budget) {
    return new Campaign(code, name, from, to, Set.of(), Set.of(), multiplier, bonus, budget);
  }

  private static void refused(ThrowingCallable build, String code, String field) {
    assertThatThrownBy(build)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.field()).isEqualTo(field);
            });
  }
}
