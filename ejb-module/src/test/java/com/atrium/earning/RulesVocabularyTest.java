package com.atrium.earning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesVocabularyTest {

  static final RulesVocabulary KNOWN =
      new RulesVocabulary(
          Set.of("CINEMA", "FASHION"), Set.of("STANDARD", "GOLD"), Set.of("FB001", "SV001"));

  static EarningRuleSet rules(
      Map<String, BigDecimal> categories,
      Map<String, BigDecimal> tenants,
      Map<String, BigDecimal> tiers,
      Set<String> excluded,
      String birthday) {
    return new EarningRuleSet(
        BigDecimal.ONE,
        BigDecimal.ZERO,
        null,
        null,
        categories,
        tenants,
        tiers,
        new BigDecimal(birthday),
        excluded,
        List.of());
  }

  @Test
  void knownCodesPass() {
    assertThatCode(
            () ->
                KNOWN.requireKnown(
                    rules(
                        Map.of("CINEMA", new BigDecimal("1.5")),
                        Map.of("FB001", new BigDecimal("2")),
                        Map.of("GOLD", new BigDecimal("1.5")),
                        Set.of("SV001"),
                        "1")))
        .doesNotThrowAnyException();
  }

  @Test
  void anUnknownCodeIsRefusedAtItsPartNamingIt() {
    assertRefused(
        rules(Map.of("FOO", new BigDecimal("2")), Map.of(), Map.of(), Set.of(), "1"),
        "categoryMultipliers",
        "FOO");
    assertRefused(
        rules(Map.of(), Map.of(), Map.of("PLATINUM", new BigDecimal("3")), Set.of(), "1"),
        "tierMultipliers",
        "PLATINUM");
    assertRefused(
        rules(Map.of(), Map.of("XX999", new BigDecimal("2")), Map.of(), Set.of(), "1"),
        "tenantMultipliers",
        "XX999");
    assertRefused(
        rules(Map.of(), Map.of(), Map.of(), Set.of("XX999"), "1"), "excludedTenants", "XX999");
  }

  @Test
  void aMultiplierAboveTheMaximumIsRefusedAtItsPartAndOneAtTheMaximumPasses() {
    BigDecimal max = BigDecimal.TEN;
    assertThatCode(
            () ->
                RulesVocabulary.requireWithin(
                    rules(Map.of("CINEMA", max), Map.of(), Map.of(), Set.of(), "10"), max))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                RulesVocabulary.requireWithin(
                    rules(
                        Map.of(),
                        Map.of(),
                        Map.of("GOLD", new BigDecimal("10.0001")),
                        Set.of(),
                        "1"),
                    max))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("MULTIPLIER_TOO_LARGE");
              assertThat(e.field()).isEqualTo("tierMultipliers");
            });
    assertThatThrownBy(
            () ->
                RulesVocabulary.requireWithin(
                    rules(Map.of(), Map.of(), Map.of(), Set.of(), "11"), max))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("birthdayMultiplier"));
  }

  @Test
  void theMultipliersAboveTheWarningLevelAreListedInTheOrderTheRulesRead() {
    EarningRuleSet r =
        rules(
            Map.of("CINEMA", new BigDecimal("8"), "FASHION", new BigDecimal("5")),
            Map.of("FB001", new BigDecimal("6")),
            Map.of("GOLD", new BigDecimal("1.5")),
            Set.of(),
            "7");
    assertThat(RulesVocabulary.above(r, new BigDecimal("5")))
        .containsExactly(
            new RulesVocabulary.Multiplier("categoryMultipliers", "CINEMA", new BigDecimal("8")),
            new RulesVocabulary.Multiplier("tenantMultipliers", "FB001", new BigDecimal("6")),
            new RulesVocabulary.Multiplier("birthdayMultiplier", null, new BigDecimal("7")));
  }

  private static void assertRefused(EarningRuleSet rules, String field, String code) {
    assertThatThrownBy(() -> KNOWN.requireKnown(rules))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("RULES_UNKNOWN_CODE");
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.getMessage()).contains(code);
            });
  }
}
