package com.atrium.portal.operator.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.earning.Campaign;
import com.atrium.earning.EarningRuleSet;
import com.atrium.platform.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesFormTest {

  static final EarningRuleSet RULES =
      new EarningRuleSet(
          new BigDecimal("1"),
          new BigDecimal("20.00"),
          5000L,
          null,
          Map.of("CINEMA", new BigDecimal("1.5")),
          Map.of("FB001", new BigDecimal("1.5")),
          Map.of("GOLD", new BigDecimal("1.5"), "SILVER", new BigDecimal("1.2")),
          new BigDecimal("2"),
          Set.of("SV001", "SV002"),
          List.of(
              new Campaign(
                  "D11",
                  "双十一 Double 11",
                  Instant.parse("2026-11-10T16:00:00Z"),
                  Instant.parse("2026-11-11T16:00:00Z"),
                  Set.of(),
                  Set.of("FASHION"),
                  new BigDecimal("2"),
                  0,
                  100_000)));

  @Test
  void theFormShowsTheRulesAndGivesThemBackUnchanged() {
    RulesForm form = RulesForm.of(RULES);
    assertThat(form.getTierMultipliers()).isEqualTo("GOLD=1.5\nSILVER=1.2");
    assertThat(form.getExcludedTenants()).isEqualTo("SV001, SV002");
    assertThat(form.toRules()).isEqualTo(RULES);
  }

  @Test
  void anOperatorsEditsAreReadLeniently() {
    RulesForm form = RulesForm.of(RULES);
    form.setTenantMultipliers(" fb002 = 3 \n\n");
    form.setExcludedTenants("sv001 ,  fa001");
    form.setCapPerTransaction(null);
    EarningRuleSet edited = form.toRules();
    assertThat(edited.tenantMultipliers()).containsExactly(Map.entry("FB002", new BigDecimal("3")));
    assertThat(edited.excludedTenants()).containsExactlyInAnyOrder("SV001", "FA001");
    assertThat(edited.capPerTransaction()).isNull();
  }

  @Test
  void whatDoesNotParseIsRefusedAsInvalidRules() {
    RulesForm form = RulesForm.of(RULES);
    form.setCategoryMultipliers("FASHION 1.2");
    assertThatThrownBy(form::toRules)
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("RULES_INVALID"));
    RulesForm campaigns = RulesForm.of(RULES);
    campaigns.setCampaigns("[{\"code\":\"X\"}]");
    assertThatThrownBy(campaigns::toRules)
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("RULES_INVALID"));
  }
}
