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
