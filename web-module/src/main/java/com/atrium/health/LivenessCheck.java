package com.atrium.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The JVM is serving requests. Deliberately checks nothing else: a database outage must not make
 * the orchestrator restart every instance, only take them out of the load balancer (readiness).
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    Runtime rt = Runtime.getRuntime();
    return HealthCheckResponse.named("atrium")
        .up()
        .withData("heapUsedMb", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024))
        .withData("heapMaxMb", rt.maxMemory() / (1024 * 1024))
        .build();
  }
}
