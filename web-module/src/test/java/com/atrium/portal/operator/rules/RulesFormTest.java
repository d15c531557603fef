package com.atrium.portal.operator.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.atrium.earning.Campaign;
import com.atrium.earning.EarningRuleSet;
import com.atrium.platform.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RulesFormTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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
  void theFormShowsTheRulesAsRowsAndGivesThemBackUnchanged() {
    RulesForm form = RulesForm.of(RULES, SHANGHAI);
    assertThat(form.getTierRows())
        .extracting(MultiplierRow::getCode, MultiplierRow::getMultiplier)
        .containsExactly(
            tuple("GOLD", new BigDecimal("1.5")), tuple("SILVER", new BigDecimal("1.2")));
    assertThat(form.getExcludedTenants()).containsExactly("SV001", "SV002");
    assertThat(form.toRules(SHANGHAI)).isEqualTo(RULES);
  }

  @Test
  void rowsAddedEditedAndRemovedMakeTheRules() {
    RulesForm form = RulesForm.of(RULES, SHANGHAI);
    form.getTenantRows().get(0).setCode("FB002");
    form.getTenantRows().get(0).setMultiplier(new BigDecimal("3"));
    form.setExcludedTenants(List.of("SV001", "FA001"));
    form.setCapPerTransaction(null);
    form.rows(RulesForm.TIERS).remove(1);
    // a new row takes the first code no row has yet, at 1
    form.addRow(RulesForm.CATEGORIES, List.of("CINEMA", "FASHION", "KIDS"));
    assertThat(form.getCategoryRows().get(1).getCode()).isEqualTo("FASHION");
    assertThat(form.getCategoryRows().get(1).getMultiplier()).isEqualTo(BigDecimal.ONE);
    form.getCategoryRows().get(1).setMultiplier(new BigDecimal("1.25"));

    EarningRuleSet edited = form.toRules(SHANGHAI);
    assertThat(edited.tenantMultipliers()).containsExactly(Map.entry("FB002", new BigDecimal("3")));
    assertThat(edited.tierMultipliers()).containsExactly(Map.entry("GOLD", new BigDecimal("1.5")));
    assertThat(edited.categoryMultipliers())
        .containsExactly(
            Map.entry("CINEMA", new BigDecimal("1.5")),
            Map.entry("FASHION", new BigDecimal("1.25")));
    assertThat(edited.excludedTenants()).containsExactlyInAnyOrder("SV001", "FA001");
    assertThat(edited.capPerTransaction()).isNull();
  }

  @Test
  void aSecondRowForOneCodeIsFoundAtItsPlace() {
    RulesForm form = RulesForm.of(RULES, SHANGHAI);
    assertThat(form.duplicates()).isEmpty();
    form.addRow(RulesForm.TIERS, List.of("GOLD", "SILVER"));
    assertThat(form.getTierRows().get(2).getCode()).isNull();
    form.getTierRows().get(2).setCode("SILVER");
    assertThat(form.duplicates()).containsExactly(Map.entry(RulesForm.TIERS, List.of(2)));
  }

  @Test
  void aValueOutOfBoundsIsRefusedAtItsPart() {
    RulesForm form = RulesForm.of(RULES, SHANGHAI);
    form.getCategoryRows().get(0).setMultiplier(new BigDecimal("-1"));
    assertThatThrownBy(() -> form.toRules(SHANGHAI))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("RULES_INVALID");
              assertThat(e.field()).isEqualTo("categoryMultipliers");
            });
    form.getCategoryRows().get(0).setMultiplier(BigDecimal.ONE);
    form.setBaseRate(null);
    assertThatThrownBy(() -> form.toRules(SHANGHAI))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("baseRate"));
  }

  @Test
  void aCampaignIsShownInMallTimeAndGivenBackInstantForInstant() {
    RulesForm form = RulesForm.of(RULES, SHANGHAI);
    CampaignDraft d11 = form.getCampaigns().get(0);
    assertThat(d11.getStartsAt()).isEqualTo(LocalDateTime.parse("2026-11-11T00:00"));
    assertThat(d11.getEndsAt()).isEqualTo(LocalDateTime.parse("2026-11-12T00:00"));
    assertThat(d11.getCategories()).containsExactly("FASHION");
    assertThat(d11.getBonus()).isNull();
    assertThat(d11.toCampaign(SHANGHAI)).isEqualTo(RULES.campaigns().get(0));
  }

  @Test
  void aNewCampaignJoinsTheDraftsRules() {
    RulesForm form = RulesForm.of(RULES, SHANGHAI);
    CampaignDraft bonus = CampaignDraft.starting(LocalDateTime.parse("2026-12-12T10:00"));
    bonus.setCode(" d12 ");
    bonus.setName("双十二 Double 12");
    bonus.setTenants(List.of("FB001", "FA001"));
    bonus.setBonus(50L);
    bonus.setBudget(20_000L);
    form.getCampaigns().add(bonus);

    Campaign d12 = form.toRules(SHANGHAI).campaigns().get(1);
    assertThat(d12.code()).isEqualTo("D12");
    assertThat(d12.startsAt()).isEqualTo(Instant.parse("2026-12-12T02:00:00Z"));
    assertThat(d12.endsAt()).isEqualTo(Instant.parse("2026-12-19T02:00:00Z"));
    assertThat(d12.tenants()).containsExactlyInAnyOrder("FB001", "FA001");
    assertThat(d12.multiplier()).isNull();
    assertThat(d12.bonus()).isEqualTo(50);
  }

  @Test
  void aCampaignThatCannotRunIsRefusedAtTheFieldToCorrect() {
    assertRefused(c -> c.setCode("双十二"), "CAMPAIGN_CODE_INVALID", "code");
    assertRefused(c -> c.setName(" "), "CAMPAIGN_NAME_REQUIRED", "name");
    assertRefused(c -> c.setEndsAt(c.getStartsAt()), "CAMPAIGN_WINDOW_INVALID", "endsAt");
    assertRefused(
        c -> c.setMultiplier(BigDecimal.ONE), "CAMPAIGN_MULTIPLIER_INVALID", "multiplier");
    assertRefused(
        c -> {
          c.setMultiplier(null);
          c.setBonus(0L);
        },
        "CAMPAIGN_REWARD_REQUIRED",
        "multiplier");
    assertRefused(c -> c.setBudget(0L), "CAMPAIGN_BUDGET_INVALID", "budget");
  }

  @Test
  void choosingAFundingTenantMakesItTheWholeScopeAndTheOperatorKeepsIt() {
    RulesForm form = RulesForm.of(RULES, SHANGHAI);
    CampaignDraft weekend = CampaignDraft.starting(LocalDateTime.parse("2026-12-05T00:00"));
    weekend.setCode("UQ2X");
    weekend.setName("优衣库双倍积分 UNIQLO double points");
    weekend.setTenants(List.of("FB001", "FA001"));
    weekend.setCategories(List.of("FASHION"));
    weekend.setMultiplier(new BigDecimal("2"));
    weekend.setFundedBy("FA001");
    assertThat(weekend.isTenantFunded()).isTrue();
    assertThat(weekend.getTenants()).containsExactly("FA001");
    assertThat(weekend.getCategories()).isEmpty();
    form.getCampaigns().add(weekend);

    EarningRuleSet rules = form.toRules(SHANGHAI);
    Campaign uq = rules.campaigns().get(1);
    assertThat(uq.fundedBy()).isEqualTo("FA001");
    assertThat(uq.tenants()).containsExactly("FA001");
    assertThat(uq.categories()).isEmpty();
    assertThat(rules.campaigns().get(0).fundedBy()).isNull();
    // the published document shows the funder again in the dialog, and gives it back unchanged
    CampaignDraft again = RulesForm.of(rules, SHANGHAI).getCampaigns().get(1);
    assertThat(again.getFundedBy()).isEqualTo("FA001");
    assertThat(again.toCampaign(SHANGHAI)).isEqualTo(uq);

    // back to the operator (the empty choice): the scope stays as it was, to be widened at will
    again.setFundedBy("");
    assertThat(again.getFundedBy()).isNull();
    assertThat(again.toCampaign(SHANGHAI).fundedBy()).isNull();
    assertThat(again.getTenants()).containsExactly("FA001");
  }

  @Test
  void aFundingTenantWithAWiderScopeIsRefusedAtTheTenants() {
    assertRefused(
        c -> {
          c.setFundedBy("FA001");
          c.setTenants(List.of("FA001", "FB001"));
        },
        "CAMPAIGN_FUNDER_SCOPE_INVALID",
        "tenants");
    assertRefused(
        c -> {
          c.setFundedBy("FA001");
          c.setCategories(List.of("FASHION"));
        },
        "CAMPAIGN_FUNDER_SCOPE_INVALID",
        "tenants");
  }

  @Test
  void twoCampaignsWithOneCodeAreRefusedAsInvalidRules() {
    RulesForm form = RulesForm.of(RULES, SHANGHAI);
    form.getCampaigns().add(form.getCampaigns().get(0).copy());
    assertThatThrownBy(() -> form.toRules(SHANGHAI))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("RULES_INVALID"));
  }

  private static void assertRefused(Consumer<CampaignDraft> change, String code, String field) {
    CampaignDraft draft = CampaignDraft.of(RULES.campaigns().get(0), SHANGHAI);
    change.accept(draft);
    assertThatThrownBy(() -> draft.toCampaign(SHANGHAI))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.field()).isEqualTo(field);
            });
  }
}
