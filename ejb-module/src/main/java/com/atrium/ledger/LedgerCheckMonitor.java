package com.atrium.ledger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the {@link LedgerCheck} on a schedule (every {@code atrium.ledger.check.interval-minutes},
 * first shortly after start) and keeps the last report, so that the readiness check can show it
 * without running a whole-database check on every probe. Each instance checks on its own; the check
 * only reads.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerCheckMonitor {

  private static final Logger LOG = Logger.getLogger(LedgerCheckMonitor.class.getName());

  @Resource TimerService timers;
  @EJB LedgerCheck check;

  @Inject
  @ConfigProperty(name = "atrium.ledger.check.interval-minutes", defaultValue = "15")
  int intervalMinutes;

  private volatile LedgerCheckReport last;

  @PostConstruct
  void schedule() {
    if (intervalMinutes > 0) {
      long interval = intervalMinutes * 60_000L;
      timers.createIntervalTimer(
          Math.min(60_000L, interval), interval, new TimerConfig("ledger-check", false));
    }
  }

  @Timeout
  void onTimer() {
    try {
      refresh();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Ledger check failed to run", e);
    }
  }

  /** Runs the whole check now and remembers its report. */
  public LedgerCheckReport refresh() {
    LedgerCheckReport report = check.run();
    last = report;
    if (!report.clean()) {
      LOG.warning(
          () ->
              "Ledger check found "
                  + report.discrepancies().size()
                  + (report.truncated() ? "+" : "")
                  + " discrepancies, first: "
                  + report.discrepancies().get(0));
    }
    return report;
  }

  /** The last report, if the check has run since this instance started. */
  public Optional<LedgerCheckReport> last() {
    return Optional.ofNullable(last);
  }
}
