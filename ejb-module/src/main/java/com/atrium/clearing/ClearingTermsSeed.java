package com.atrium.clearing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * At startup, after the migrations and the demo seed, gives every tenant without clearing terms its
 * terms from tenant-config (docs/clearing.md, "Terms and their history"): no tenant is without the
 * rates its statement lines are priced with.
 */
@Singleton
@Startup
// MallRegistry depends on Database (migrations, demo seed); naming both is a diamond Payara
// reports as a cycle
@DependsOn("MallRegistry")
public class ClearingTermsSeed {

  private static final Logger LOG = Logger.getLogger(ClearingTermsSeed.class.getName());

  @EJB ClearingTerms terms;

  @PostConstruct
  void seed() {
    try {
      int n = terms.seedMissing();
      if (n > 0) {
        LOG.info(() -> "Clearing terms of " + n + " tenants seeded from tenant-config");
      }
    } catch (EJBException e) {
      // another instance seeded the same tenants at the same moment and won at the unique
      // (tenant, effective_from): what is missing now is what neither seeded
      int n = terms.seedMissing();
      LOG.info(() -> "Clearing terms seeded by another instance; " + n + " more seeded here");
    }
  }
}
