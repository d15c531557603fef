package com.atrium.health;

import com.atrium.tenant.config.TenantConfigCheck;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The tenant configuration passed the startup check. An invalid one fails the deployment, so on a
 * running instance this is UP; its data says which configuration the instance serves with.
 */
@Readiness
@ApplicationScoped
public class TenantConfigReadinessCheck implements HealthCheck {

  @EJB TenantConfigCheck tenantConfig;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("tenant-config")
        .status(tenantConfig.isValid())
        .withData("tenants", tenantConfig.tenantCodes().size())
        .withData("source", tenantConfig.sourceNames())
        .build();
  }
}
