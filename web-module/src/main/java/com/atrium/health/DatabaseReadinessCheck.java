package com.atrium.health;

import com.atrium.platform.Database;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The database answers (a pooled connection validates within 2 s). */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @EJB Database database;

  @Override
  public HealthCheckResponse call() {
    boolean reachable;
    try {
      reachable = database.isReachable();
    } catch (RuntimeException e) {
      reachable = false;
    }
    return HealthCheckResponse.named("database")
        .status(reachable)
        .withData("vendor", String.valueOf(database.vendorName()))
        .build();
  }
}
