package com.atrium.portal.operator.rules;

import com.atrium.earning.CampaignBudget;
import com.atrium.earning.EarningRuleService;
import com.atrium.earning.EarningRuleVersion;
import com.atrium.platform.Clock;
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
 * {@code operator/rules/list.xhtml}: every version of the earning rules and the campaign budgets.
 */
@Named
@RequestScoped
public class ListRulesBacking {

  @EJB EarningRuleService rules;
  @Inject MallConfiguration configuration;
  @Inject Clock clock;

  private List<EarningRuleVersion> versions;
  private List<CampaignBudget> budgets;
  private Integer inForce;

  @PostConstruct
  void load() {
    versions = rules.versions();
    budgets = rules.budgets();
    inForce = rules.inForceAt(clock.now()).map(EarningRuleVersion::version).orElse(null);
  }

  public List<EarningRuleVersion> getVersions() {
    return versions;
  }

  public List<CampaignBudget> getBudgets() {
    return budgets;
  }

  public boolean inForce(EarningRuleVersion v) {
    return inForce != null && inForce == v.version();
  }

  public String when(Instant instant) {
    return PortalMessages.dateTime(instant, configuration.zone());
  }
}
