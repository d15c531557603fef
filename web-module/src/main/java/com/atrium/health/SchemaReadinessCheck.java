package com.atrium.health;

import com.atrium.platform.Database;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Every migration bundled with this build has been applied. Asking Flyway reads the history table
 * and scans the classpath, too much for a probe every few seconds: a positive answer is kept for
 * {@link #CACHE_FOR}; a negative or failed one is asked again at the next probe.
 */
@Readiness
@ApplicationScoped
public class SchemaReadinessCheck implements HealthCheck {

  static final Duration CACHE_FOR = Duration.ofSeconds(30);

  @EJB Database database;

  private volatile Instant currentUntil = Instant.MIN;

  /** Same answer as the probe, from the same cache. */
  public boolean isCurrent() {
    try {
      return Instant.now().isBefore(currentUntil) || ask();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private boolean ask() {
    boolean current = database.isSchemaCurrent();
    if (current) {
      currentUntil = Instant.now().plus(CACHE_FOR);
    }
    return current;
  }

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("schema");
    Instant now = Instant.now();
    if (now.isBefore(currentUntil)) {
      return response.up().withData("migrations", "applied").build();
    }
    try {
      boolean current = ask();
      return response
          .status(current)
          .withData("migrations", current ? "applied" : "pending")
          .build();
    } catch (RuntimeException e) {
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
