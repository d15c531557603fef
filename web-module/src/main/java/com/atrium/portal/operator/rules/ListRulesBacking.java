package com.atrium.portal.operator.rules;

import com.atrium.earning.CampaignBudget;
import com.atrium.earning.EarningRuleService;
import com.atrium.earning.RuleScopeChoice;
import com.atrium.earning.RuleVersionView;
import com.atrium.portal.PortalMessages;
import com.atrium.tenant.MallConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/**
 * {@code operator/rules/list.xhtml}: every version of the earning rules the caller may see (the
 * group's and its malls'), which one each scope uses now, and the campaign budgets.
 */
@Named
@RequestScoped
public class ListRulesBacking {

  @EJB EarningRuleService rules;
  @Inject MallConfiguration configuration;

  private List<RuleVersionView> versions;
  private List<CampaignBudget> budgets;
  private List<RuleScopeChoice> scopes;

  @PostConstruct
  void load() {
    versions = rules.versions();
    budgets = rules.budgets();
    scopes = rules.scopesOfCaller();
  }

  public List<RuleVersionView> getVersions() {
    return versions;
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
