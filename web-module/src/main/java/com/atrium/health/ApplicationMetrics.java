package com.atrium.health;

import com.atrium.security.LoginGate;
import com.atrium.security.Passwords;
import com.atrium.tenant.config.TenantConfigCheck;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Application metrics about Atrium's own state, registered when the application starts (served at
 * {@code /metrics?scope=application}). Business counters belong to their context; the pattern is in
 * docs/configuration.md ("Metrics").
 */
@ApplicationScoped
public class ApplicationMetrics {

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry metrics;

  @EJB TenantConfigCheck tenantConfig;
  // @Readiness is a CDI qualifier: the check is only injectable with it
  @Inject @Readiness SchemaReadinessCheck schema;
  @Inject LoginGate logins;
  @Inject Passwords passwords;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    metrics.gauge("atrium.tenant_config.tenants", tenantConfig, c -> c.tenantCodes().size());
    // 1 while every bundled migration is applied (cached like the readiness probe), else 0
    metrics.gauge("atrium.schema.current", schema, s -> s.isCurrent() ? 1 : 0);
    // password checks (docs/security.md, "Login throttling"): the cap, and what ran under it
    metrics.gauge("atrium.login.verifications.permits", logins, g -> g.bulkhead().permits());
    metrics.gauge("atrium.login.verifications.running", passwords, Passwords::running);
    metrics.gauge("atrium.login.verifications.peak", passwords, Passwords::peakRunning);
    metrics.gauge("atrium.login.verifications.waiting", logins, g -> g.bulkhead().waiting());
    metrics.gauge("atrium.login.verifications.waited", logins, g -> g.bulkhead().waited());
    metrics.gauge("atrium.login.throttled", logins, LoginGate::throttled);
  }
}
