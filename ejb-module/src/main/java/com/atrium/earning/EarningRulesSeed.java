package com.atrium.earning;

import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * At startup, after the migrations, seeds version 1 of the earning rules from tenant-config when
 * the database has none: the group's, and a mall's own for each mall whose configured base rate
 * differs from the group's ({@code mall.<CODE>.earning.base-rate}). They are in force from the
 * beginning of time, so that sales posted late and simulations over old periods have rules too.
 */
@Singleton
@Startup
// MallRegistry depends on Database; naming both here is a diamond Payara reports as a cycle
@DependsOn("MallRegistry")
public class EarningRulesSeed {

  private static final Logger LOG = Logger.getLogger(EarningRulesSeed.class.getName());
  static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");

  @EJB EarningRuleService rules;
  @EJB MallRegistry registry;
  @Inject MallConfiguration mall;
  @Inject Config config;

  @PostConstruct
  void seed() {
    EarningRuleSet group = DefaultEarningRules.from(mall, config);
    seedScope(RuleScope.GROUP, group, "the group");
    for (MallSettings settings : mall.malls()) {
      if (settings.baseEarnRate().compareTo(group.baseRate()) != 0) {
        long id =
            registry.malls().stream()
                .filter(m -> m.code().equals(settings.code()))
                .findFirst()
                .orElseThrow()
                .id();
        seedScope(
            RuleScope.mall(id),
            DefaultEarningRules.from(mall, config, settings.baseEarnRate()),
            settings.code());
      }
    }
  }

  private void seedScope(RuleScope scope, EarningRuleSet defaults, String of) {
    try {
      if (rules.seedIfNone(scope, defaults, BEGINNING)) {
        LOG.info(() -> "Earning rules of " + of + " seeded from tenant-config");
      }
    } catch (EJBException e) {
      // another instance seeded at the same moment and won at the unique version number
      if (rules.inForceAt(scope, Instant.now()).isEmpty()) {
        throw e;
      }
    }
  }
}
