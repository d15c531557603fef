package com.atrium.health;

import com.atrium.ledger.LedgerCheckMonitor;
import com.atrium.ledger.LedgerCheckReport;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The last ledger check's result, as data. Always UP: a discrepancy is a bookkeeping fault for
 * finance to investigate, not a reason to take the instance out of the load balancer (every
 * instance shares the same database, so all would go DOWN together and the mall would stop earning
 * and spending while nothing got better). The check itself runs on a schedule ({@link
 * LedgerCheckMonitor}); a probe only reads its cached report.
 */
@Readiness
@ApplicationScoped
public class LedgerReadinessCheck implements HealthCheck {

  @EJB LedgerCheckMonitor monitor;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("ledger").up();
    Optional<LedgerCheckReport> last = monitor.last();
    if (last.isEmpty()) {
      return response.withData("check", "not run yet").build();
    }
    LedgerCheckReport report = last.get();
    return response
        .withData("check", report.clean() ? "clean" : "discrepancies")
        .withData("discrepancies", report.discrepancies().size())
        .withData("truncated", report.truncated())
        .withData("checkedAt", report.checkedAt().toString())
        .withData("millis", report.millis())
        .build();
  }
}
