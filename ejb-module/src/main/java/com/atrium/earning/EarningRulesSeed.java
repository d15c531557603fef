package com.atrium.earning;

import com.atrium.tenant.MallConfiguration;
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
 * the database has none. Version 1 is in force from the beginning of time, so that sales posted
 * late and simulations over old periods have rules too.
 */
@Singleton
@Startup
@DependsOn("Database")
public class EarningRulesSeed {

  private static final Logger LOG = Logger.getLogger(EarningRulesSeed.class.getName());
  static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");

  @EJB EarningRuleService rules;
  @Inject MallConfiguration mall;
  @Inject Config config;

  @PostConstruct
  void seed() {
    try {
      if (rules.seedIfNone(DefaultEarningRules.from(mall, config), BEGINNING)) {
        LOG.info("Earning rules version 1 seeded from tenant-config");
      }
    } catch (EJBException e) {
      // another instance seeded at the same moment and won at the unique version number
      if (rules.inForceAt(Instant.now()).isEmpty()) {
        throw e;
      }
    }
  }
}
