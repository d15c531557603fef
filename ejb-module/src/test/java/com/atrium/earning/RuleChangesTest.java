package com.atrium.earning;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.earning.RuleChanges.Change;
import com.atrium.earning.RuleChanges.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleChangesTest {

  static final Campaign D11 =
      new Campaign(
          "D11",
          "Double 11",
          Instant.parse("2026-11-10T16:00:00Z"),
          Instant.parse("2026-11-11T16:00:00Z"),
          Set.of(),
          Set.of("FASHION"),
          new BigDecimal("2"),
          0,
          100_000);

  static EarningRuleSet rules(
      String base,
      Long cap,
      Map<String, BigDecimal> categories,
      Map<String, BigDecimal> tiers,
      Set<String> excluded,
      List<Campaign> campaigns) {
    return new EarningRuleSet(
        new BigDecimal(base),
        BigDecimal.ZERO,
        cap,
        null,
        categories,
        Map.of("FB001", new BigDecimal("1.5")),
        tiers,
        BigDecimal.ONE,
        excluded,
        campaigns);
  }

  @Test
  void theSameRulesHaveNoChangeThoughWrittenWithOtherScales() {
    EarningRuleSet a =
        rules("1", 5000L, Map.of("CINEMA", new BigDecimal("1.50")), Map.of(), Set.of(), List.of());
    EarningRuleSet b =
        rules("1.0", 5000L, Map.of("CINEMA", new BigDecimal("1.5")), Map.of(), Set.of(), List.of());
    assertThat(RuleChanges.between(a, b)).isEmpty();
  }

  @Test
  void eachValueAddedRemovedOrChangedIsOneChangeInTheOrderTheRulesRead() {
    EarningRuleSet before =
        rules(
            "1",
            5000L,
            Map.of("CINEMA", new BigDecimal("1.5"), "SUPERMARKET", new BigDecimal("0.5")),
            Map.of("GOLD", new BigDecimal("1.5")),
            Set.of("SV001"),
            List.of(D11));
    Campaign longer =
        new Campaign(
            "D11",
            "Double 11",
            D11.startsAt(),
            Instant.parse("2026-11-12T16:00:00Z"),
            Set.of(),
            Set.of("FASHION"),
            new BigDecimal("2"),
            0,
            100_000);
    EarningRuleSet after =
        rules(
            "1.2",
            null,
            Map.of("CINEMA", new BigDecimal("2")),
            Map.of("GOLD", new BigDecimal("1.5"), "DIAMOND", new BigDecimal("2")),
            Set.of("SV002"),
            List.of(longer));

    List<Change> changes = RuleChanges.between(before, after);
    assertThat(changes)
        .containsExactly(
            new Change("baseRate", null, new BigDecimal("1"), new BigDecimal("1.2")),
            new Change("capPerTransaction", null, 5000L, null),
            new Change("categoryMultipliers", "CINEMA", new BigDecimal("1.5"), new BigDecimal("2")),
            new Change("categoryMultipliers", "SUPERMARKET", new BigDecimal("0.5"), null),
            new Change("tierMultipliers", "DIAMOND", null, new BigDecimal("2")),
            new Change("excludedTenants", "SV001", true, null),
            new Change("excludedTenants", "SV002", null, true),
            new Change("campaigns", "D11", D11, longer));
    assertThat(changes.stream().map(Change::kind))
        .containsExactly(
            Kind.CHANGED,
            Kind.REMOVED,
            Kind.CHANGED,
            Kind.REMOVED,
            Kind.ADDED,
            Kind.REMOVED,
            Kind.ADDED,
            Kind.CHANGED);
  }
}
