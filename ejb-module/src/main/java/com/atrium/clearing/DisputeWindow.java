package com.atrium.clearing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long after a run goes to review its tenants may dispute their statements: {@code
 * atrium.clearing.dispute-window-days} days (default 7) from the submission, up to, not including,
 * the instant it ends.
 */
@ApplicationScoped
public class DisputeWindow {

  @Inject
  @ConfigProperty(name = "atrium.clearing.dispute-window-days", defaultValue = "7")
  int days;

  /** When disputes of a run submitted at {@code submittedAt} are no longer taken. */
  Instant until(Instant submittedAt) {
    return submittedAt.plus(Duration.ofDays(Math.max(0, days)));
  }

  /** Whether the run takes a dispute now: in review, and its window not yet over. */
  boolean isOpen(ClearingRun run, Instant now) {
    return run.status() == RunStatus.IN_REVIEW && now.isBefore(until(run.submittedAt()));
  }
}
