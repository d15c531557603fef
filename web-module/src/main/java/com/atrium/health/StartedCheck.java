package com.atrium.health;

import com.atrium.platform.Database;
import com.atrium.tenant.config.TenantConfigCheck;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/**
 * The startup singletons finished: the schema was migrated (Database knows its vendor only after
 * migrating) and the tenant configuration was checked. Orchestrators wait for this before they
 * start probing liveness.
 */
@Startup
@ApplicationScoped
public class StartedCheck implements HealthCheck {

  @EJB Database database;
  @EJB TenantConfigCheck tenantConfig;

  @Override
  public HealthCheckResponse call() {
    boolean migrated = database.vendorName() != null;
    boolean configChecked = tenantConfig.isValid();
    return HealthCheckResponse.named("startup")
        .status(migrated && configChecked)
        .withData("schemaMigrated", migrated)
        .withData("tenantConfigChecked", configChecked)
        .build();
  }
}
