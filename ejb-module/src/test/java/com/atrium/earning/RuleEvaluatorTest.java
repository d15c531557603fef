package com.atrium.earning;

import static com.atrium.earning.RuleEvaluator.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import com.atrium.testing.Samples;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RuleEvaluatorTest {

  static final Instant T = Instant.parse("2026-11-11T04:00:00Z");

  static EarningRuleSet rules(
      Map<String, BigDecimal> category,
      Map<String, BigDecimal> tenant,
      Long capTx,
      Long capDay,
      List<Campaign> campaigns) {
    return new EarningRuleSet(
        BigDecimal.ONE,
        new BigDecimal("10.00"),
        capTx,
        capDay,
        category,
        tenant,
        Map.of("SILVER", new BigDecimal("1.2"), "STANDARD", BigDecimal.ONE),
        new BigDecimal("2"),
        Set.of("SV001"),
        campaigns);
  }

  static final EarningRuleSet PLAIN = rules(Map.of(), Map.of(), null, null, List.of());

  static SaleFacts sale(String amount) {
    return new SaleFacts(new BigDecimal(amount), T, "FB001", "FOOD_BEVERAGE", "STANDARD", false, 0);
  }

  static Campaign campaign(String code, String multiplier, long bonus, Set<String> tenants) {
    return new Campaign(
        code,
        "Double 11",
        Instant.parse("2026-11-10T16:00:00Z"),
        Instant.parse("2026-11-11T16:00:00Z"),
        tenants,
        Set.of(),
        multiplier == null ? null : new BigDecimal(multiplier),
        bonus,
        100_000);
  }

  @Test
  void baseRateIsRoundedDownToWholePoints() {
    Evaluation e = evaluate(PLAIN, 1, sale("88.99"));
    assertThat(e.points()).isEqualTo(88);
    assertThat(e.contributions()).containsExactly(new Contribution(BASE_RATE, null, 88));
    assertThat(e.version()).isEqualTo(1);
    assertThat(e.operatorPoints()).isZero();
  }

  @Test
  void aFractionalBaseRateIsAppliedBeforeRounding() {
    var half =
        new EarningRuleSet(
            new BigDecimal("0.5"),
            BigDecimal.ZERO,
            null,
            null,
            Map.of(),
            Map.of(),
            Map.of(),
            null,
            Set.of(),
            List.of());
    assertThat(evaluate(half, 1, sale("1.99")).points()).isZero();
    assertThat(evaluate(half, 1, sale("2.00")).points()).isEqualTo(1);
    assertThat(evaluate(half, 1, sale("3.99")).points()).isEqualTo(1);
  }

  @Test
  void minimumSpendIsInclusiveAndBelowItNothingIsEarned() {
    assertThat(evaluate(PLAIN, 1, sale("9.99")).contributions())
        .containsExactly(new Contribution(MINIMUM_SPEND, null, 0));
    assertThat(evaluate(PLAIN, 1, sale("10.00")).points()).isEqualTo(10);
  }

  @Test
  void anExcludedTenantEarnsNothing() {
    var s = new SaleFacts(new BigDecimal("500"), T, "SV001", "SERVICES", "SILVER", true, 0);
    Evaluation e = evaluate(PLAIN, 1, s);
    assertThat(e.points()).isZero();
    assertThat(e.contributions()).containsExactly(new Contribution(EXCLUDED_TENANT, null, 0));
  }

  @Test
  void aTenantMultiplierReplacesItsCategorysMultiplier() {
    var r =
        rules(
            Map.of("FOOD_BEVERAGE", new BigDecimal("1.5")),
            Map.of("FB001", new BigDecimal("3")),
            null,
            null,
            List.of());
    assertThat(evaluate(r, 1, sale("100.00")).contributions())
        .containsExactly(
            new Contribution(BASE_RATE, null, 100), new Contribution(TENANT_MULTIPLIER, "3", 200));
    var other =
        new SaleFacts(new BigDecimal("100.00"), T, "FB002", "FOOD_BEVERAGE", null, false, 0);
    assertThat(evaluate(r, 1, other).contributions())
        .containsExactly(
            new Contribution(BASE_RATE, null, 100),
            new Contribution(CATEGORY_MULTIPLIER, "1.5", 50));
  }

  @Test
  void aSingleMultiplierGivesExactlyWhatTheOldFormulaGave() {
    Samples.forAll(
        r ->
            new BigDecimal[] {
              BigDecimal.valueOf(Samples.between(r, 1_000, 100_000_000L), 2),
              BigDecimal.valueOf(Samples.between(r, 0, 500), 2)
            },
        s -> {
          var r = rules(Map.of(), Map.of("FB001", s[1]), null, null, List.of());
          Evaluation now = evaluate(r, 1, sale(s[0].toPlainString()));
          Evaluation before = EarningRules.evaluate(s[0], BigDecimal.ONE, s[1]);
          assertThat(now.points()).isEqualTo(before.points());
          assertThat(now.contributions()).isEqualTo(before.contributions());
        });
  }

  @Test
  void multipliersAddTheirExtrasToTheBaseAndTheTotalIsFlooredOnce() {
    var r = rules(Map.of(), Map.of("FB001", new BigDecimal("1.5")), null, null, List.of());
    // 33.33 × (1 + 0.5 + 0.2 + 1) = 89.991: floor once → 89; shown as 33, +16 (49.995), +7
    // (56.661), +33
    var s = new SaleFacts(new BigDecimal("33.33"), T, "FB001", "FOOD_BEVERAGE", "SILVER", true, 0);
    Evaluation e = evaluate(r, 7, s);
    assertThat(e.contributions())
        .containsExactly(
            new Contribution(BASE_RATE, null, 33),
            new Contribution(TENANT_MULTIPLIER, "1.5", 16),
            new Contribution(TIER_MULTIPLIER, "1.2", 7),
            new Contribution(BIRTHDAY_MONTH, "2", 33));
    assertThat(e.points()).isEqualTo(89);
  }

  @Test
  void aFactorBelowZeroEarnsNothingRatherThanTakingPoints() {
    var r =
        new EarningRuleSet(
            BigDecimal.ONE,
            BigDecimal.ZERO,
            null,
            null,
            Map.of(),
            Map.of("FB001", BigDecimal.ZERO),
            Map.of("STANDARD", new BigDecimal("0.5")),
            null,
            Set.of(),
            List.of());
    Evaluation e = evaluate(r, 1, sale("100"));
    assertThat(e.points()).isZero();
    assertThat(e.contributions()).extracting(Contribution::points).containsExactly(100L, -100L, 0L);
  }

  @Test
  void campaignsApplyFromTheirStartUpToButNotIncludingTheirEnd() {
    var r = rules(Map.of(), Map.of(), null, null, List.of(campaign("D11", "2", 0, Set.of())));
    var atStart =
        new SaleFacts(
            new BigDecimal("50"),
            Instant.parse("2026-11-10T16:00:00Z"),
            "FB001",
            "FOOD_BEVERAGE",
            null,
            false,
            0);
    var atEnd =
        new SaleFacts(
            new BigDecimal("50"),
            Instant.parse("2026-11-11T16:00:00Z"),
            "FB001",
            "FOOD_BEVERAGE",
            null,
            false,
            0);
    assertThat(evaluate(r, 1, atStart).points()).isEqualTo(100);
    assertThat(evaluate(r, 1, atStart).operatorPoints()).isEqualTo(50);
    assertThat(evaluate(r, 1, atStart).campaignCharges()).containsExactly(Map.entry("D11", 50L));
    assertThat(evaluate(r, 1, atEnd).points()).isEqualTo(50);
  }

  @Test
  void aCampaignOnlyCoversItsTenantsOrCategories() {
    var byTenant =
        rules(Map.of(), Map.of(), null, null, List.of(campaign("C1", null, 30, Set.of("FB002"))));
    assertThat(evaluate(byTenant, 1, sale("50")).points()).isEqualTo(50);
    var byCategory =
        rules(
            Map.of(),
            Map.of(),
            null,
            null,
            List.of(
                new Campaign(
                    "C2",
                    "F&B week",
                    T,
                    T.plusSeconds(60),
                    Set.of(),
                    Set.of("FOOD_BEVERAGE"),
                    null,
                    30,
                    1000)));
    Evaluation e = evaluate(byCategory, 1, sale("50"));
    assertThat(e.contributions()).contains(new Contribution(CAMPAIGN_BONUS, null, 30, "C2"));
    assertThat(e.points()).isEqualTo(80);
    assertThat(e.tenantPoints()).isEqualTo(50);
    assertThat(e.operatorPoints()).isEqualTo(30);
  }

  @Test
  void anExhaustedCampaignIsLeftOut() {
    var r = rules(Map.of(), Map.of(), null, null, List.of(campaign("D11", "2", 10, Set.of())));
    assertThat(evaluate(r, 1, sale("50")).points()).isEqualTo(110);
    Evaluation e = evaluate(r, 1, sale("50"), Set.of("D11"));
    assertThat(e.points()).isEqualTo(50);
    assertThat(e.operatorPoints()).isZero();
  }

  @Test
  void theTransactionCapCutsTheOperatorsPointsFirst() {
    var r = rules(Map.of(), Map.of(), 120L, null, List.of(campaign("D11", "2", 0, Set.of())));
    Evaluation e = evaluate(r, 1, sale("100"));
    assertThat(e.contributions())
        .last()
        .isEqualTo(new Contribution(CAP_PER_TRANSACTION, null, -80));
    assertThat(e.points()).isEqualTo(120);
    assertThat(e.tenantPoints()).isEqualTo(100);
    assertThat(e.campaignCharges()).containsExactly(Map.entry("D11", 20L));
    // a cap below the tenant's own points: the campaign gets nothing charged
    var low = rules(Map.of(), Map.of(), 60L, null, List.of(campaign("D11", "2", 0, Set.of())));
    assertThat(evaluate(low, 1, sale("100")).campaignCharges()).isEmpty();
    assertThat(evaluate(low, 1, sale("100")).tenantPoints()).isEqualTo(60);
  }

  @Test
  void theDailyCapCountsThePointsEarlierThatDayAndAppliesAfterTheTransactionCap() {
    var r = rules(Map.of(), Map.of(), 300L, 500L, List.of());
    var earlier =
        new SaleFacts(new BigDecimal("1000"), T, "FB001", "FOOD_BEVERAGE", null, false, 350);
    Evaluation e = evaluate(r, 1, earlier);
    assertThat(e.contributions())
        .containsExactly(
            new Contribution(BASE_RATE, null, 1000),
            new Contribution(CAP_PER_TRANSACTION, null, -700),
            new Contribution(CAP_PER_MEMBER_DAY, null, -150));
    assertThat(e.points()).isEqualTo(150);
    var full = new SaleFacts(new BigDecimal("1000"), T, "FB001", "FOOD_BEVERAGE", null, false, 900);
    assertThat(evaluate(r, 1, full).points()).isZero();
    var exactlyAtCap =
        new SaleFacts(new BigDecimal("150"), T, "FB001", "FOOD_BEVERAGE", null, false, 350);
    assertThat(evaluate(r, 1, exactlyAtCap).contributions()).hasSize(1);
  }

  @Test
  void lawsHoldForRandomRulesAndSales() {
    Samples.forAll(
        r -> r.nextLong(),
        seed -> {
          var r = new Random(seed);
          BigDecimal amount = BigDecimal.valueOf(Samples.between(r, 1, 10_000_000L), 2);
          Long capTx = r.nextBoolean() ? Samples.between(r, 0, 5000) : null;
          Long capDay = r.nextBoolean() ? Samples.between(r, 0, 8000) : null;
          var rules =
              new EarningRuleSet(
                  BigDecimal.valueOf(Samples.between(r, 0, 300), 2),
                  BigDecimal.valueOf(Samples.between(r, 0, 2000), 2),
                  capTx,
                  capDay,
                  Map.of("FOOD_BEVERAGE", BigDecimal.valueOf(Samples.between(r, 0, 300), 2)),
                  r.nextBoolean()
                      ? Map.of("FB001", BigDecimal.valueOf(Samples.between(r, 0, 300), 2))
                      : Map.of(),
                  Map.of("GOLD", BigDecimal.valueOf(Samples.between(r, 0, 300), 2)),
                  BigDecimal.valueOf(Samples.between(r, 0, 300), 2),
                  Set.of(),
                  List.of(
                      campaign(
                          "A", r.nextBoolean() ? "1.5" : null, Samples.between(r, 1, 99), Set.of()),
                      campaign("B", "3", 0, Set.of("FB001"))));
          var sale =
              new SaleFacts(
                  amount,
                  T,
                  "FB001",
                  "FOOD_BEVERAGE",
                  r.nextBoolean() ? "GOLD" : "STANDARD",
                  r.nextBoolean(),
                  Samples.between(r, 0, 9000));
          Evaluation e = evaluate(rules, 3, sale);
          assertThat(e.contributions().stream().mapToLong(Contribution::points).sum())
              .isEqualTo(e.points());
          assertThat(e.points()).isNotNegative();
          if (capTx != null) assertThat(e.points()).isLessThanOrEqualTo(capTx);
          if (capDay != null)
            assertThat(e.points() + sale.pointsEarlierToday())
                .isLessThanOrEqualTo(Math.max(capDay, sale.pointsEarlierToday()));
          assertThat(e.campaignCharges().values().stream().mapToLong(Long::longValue).sum())
              .isEqualTo(e.operatorPoints());
          assertThat(Evaluation.fromJson(e.toJson())).isEqualTo(e);
          assertThat(EarningRuleSet.fromJson(rules.toJson())).isEqualTo(rules);
        });
  }

  @Test
  void explanationsWrittenBeforeVersionsStillRead() {
    Evaluation old =
        Evaluation.fromJson(
            "{\"rules\":[{\"rule\":\"BASE_RATE\",\"points\":123},"
                + "{\"rule\":\"TENANT_MULTIPLIER\",\"multiplier\":\"1.2\",\"points\":25}],\"total\":148}");
    assertThat(old.version()).isNull();
    assertThat(old.operatorPoints()).isZero();
    assertThat(old.toJson())
        .isEqualTo(
            "{\"rules\":[{\"rule\":\"BASE_RATE\",\"points\":123},"
                + "{\"rule\":\"TENANT_MULTIPLIER\",\"multiplier\":\"1.2\",\"points\":25}],\"total\":148}");
    var r = rules(Map.of(), Map.of(), null, null, List.of(campaign("D11", null, 5, Set.of())));
    assertThat(evaluate(r, 4, sale("12")).toJson())
        .isEqualTo(
            "{\"rules\":[{\"rule\":\"BASE_RATE\",\"points\":12},"
                + "{\"rule\":\"CAMPAIGN_BONUS\",\"campaign\":\"D11\",\"points\":5}],\"total\":17,"
                + "\"version\":4,\"operatorPoints\":5}");
  }

  @Test
  void invalidRulesAreRefusedAtConstruction() {
    assertRefused(() -> campaign("d11", "2", 0, Set.of()), "CAMPAIGN_CODE_INVALID", "code");
    assertRefused(
        () -> campaign("D11", "1", 0, Set.of()), "CAMPAIGN_MULTIPLIER_INVALID", "multiplier");
    assertRefused(
        () -> campaign("D11", null, 0, Set.of()), "CAMPAIGN_REWARD_REQUIRED", "multiplier");
    assertThatThrownBy(
            () ->
                rules(
                    Map.of(),
                    Map.of(),
                    null,
                    null,
                    List.of(campaign("A", "2", 0, Set.of()), campaign("A", "2", 0, Set.of()))))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.code() + " " + e.field()).isEqualTo("RULES_INVALID campaigns"));
    assertThatThrownBy(
            () -> rules(Map.of("FASHION", new BigDecimal("-1")), Map.of(), null, null, List.of()))
        .isInstanceOfSatisfying(
            DomainException.class,
            e ->
                assertThat(e.code() + " " + e.field())
                    .isEqualTo("RULES_INVALID categoryMultipliers"));
  }

  private static void assertRefused(ThrowingCallable build, String code, String field) {
    assertThatThrownBy(build)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.field()).isEqualTo(field);
            });
  }
}
