package com.atrium.portal.operator.rules;

import com.atrium.earning.CampaignBudget;
import com.atrium.earning.EarningRuleService;
import com.atrium.earning.RuleScopeChoice;
import com.atrium.earning.RuleVersionView;
import com.atrium.platform.Page;
import com.atrium.portal.PortalMessages;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.TenantService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code operator/rules/list.xhtml}: every version of the earning rules the caller may see (the
 * group's and its malls'), each as a readable summary, which one each scope uses now, what changed
 * between two chosen versions, and the campaign budgets.
 */
@Named
@RequestScoped
public class ListRulesBacking {

  @EJB EarningRuleService rules;
  @EJB TenantService tenants;
  @Inject MallConfiguration configuration;

  private List<RuleVersionView> versions;
  private List<CampaignBudget> budgets;
  private List<RuleScopeChoice> scopes;
  private RulesText text;

  /** The two versions compared: before and after. */
  private Integer older;

  private Integer newer;
  private List<RulesText.Row> changes;

  @PostConstruct
  void load() {
    versions = rules.versions();
    budgets = rules.budgets();
    scopes = rules.scopesOfCaller();
  }

  public List<RuleVersionView> getVersions() {
    return versions;
  }

  /** A version as labelled lines in the user's language, instead of its JSON. */
  public List<RulesText.Line> summary(RuleVersionView v) {
    return text().summary(v.rules());
  }

  /** Compares the two chosen versions (the same one twice: no change). */
  public void compare() {
    Optional<RuleVersionView> before = find(older);
    Optional<RuleVersionView> after = find(newer);
    if (before.isEmpty() || after.isEmpty()) {
      changes = null;
      PortalMessages.error("rules.diffChoose");
      return;
    }
    changes = text().changes(before.get().rules(), after.get().rules());
  }

  private Optional<RuleVersionView> find(Integer number) {
    return number == null
        ? Optional.empty()
        : versions.stream().filter(v -> v.version() == number).findFirst();
  }

  private RulesText text() {
    if (text == null) {
      text =
          RuleNames.text(
              configuration, tenants.matching(null, null, Page.MAX_LIMIT), configuration.zone());
    }
    return text;
  }

  /** The versions to compare, newest first: number, scope and start. */
  public List<SelectItem> getVersionChoices() {
    return versions.stream()
        .map(
            v ->
                new SelectItem(
                    v.version(),
                    "v"
                        + v.version()
                        + " · "
                        + (v.mallName() != null
                            ? v.mallName()
                            : PortalMessages.text("rules.scopeGroup"))
                        + " · "
                        + when(v.effectiveFrom())))
        .toList();
  }

  public Integer getOlder() {
    if (older == null && versions.size() > 1) {
      older = versions.get(1).version();
    }
    return older;
  }

  public void setOlder(Integer older) {
    this.older = older;
  }

  public Integer getNewer() {
    if (newer == null && !versions.isEmpty()) {
      newer = versions.get(0).version();
    }
    return newer;
  }

  public void setNewer(Integer newer) {
    this.newer = newer;
  }

  /** The changes between the compared versions; null before a comparison. */
  public List<RulesText.Row> getChanges() {
    return changes;
  }

  public List<CampaignBudget> getBudgets() {
    return budgets;
  }

  /** A mall's name by code, for the budgets of its campaigns. */
  public String mallName(String code) {
    return scopes.stream()
        .filter(s -> code.equals(s.mallCode()))
        .findFirst()
        .map(RuleScopeChoice::mallName)
        .orElse(code);
  }

  public String when(Instant instant) {
    return PortalMessages.dateTime(instant, configuration.zone());
  }
}
