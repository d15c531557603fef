package com.atrium.ledger;

import com.atrium.platform.Clock;
import com.atrium.tenant.MallConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily expiry job: once a day at {@code atrium.ledger.expiry.hour} o'clock in the mall's zone,
 * expires every lot due by then into the breakage account. A calendar timer created at start (an
 * {@code @Schedule} annotation cannot take its hour and zone from configuration), not persistent:
 * every instance fires it, and the runs share the work safely.
 *
 * <p>Each batch ({@link LotExpiry#expireDueLots}) is its own transaction over at most {@code
 * atrium.ledger.expiry.batch-size} member accounts, claimed with {@code for update skip locked}: a
 * crash loses at most one uncommitted batch, a second run (same instance or another one sharing the
 * database) claims other accounts, and a lot emptied by a committed batch is no longer due. So the
 * job is idempotent and resumable, and every lot expires exactly once.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpiryJob {

  private static final Logger LOG = Logger.getLogger(ExpiryJob.class.getName());

  /** Totals of one run. */
  public record Run(int batches, int lots, long points) {}

  @Resource TimerService timers;
  @EJB LotExpiry expiry;
  @Inject MallConfiguration mall;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "atrium.ledger.expiry.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "atrium.ledger.expiry.hour", defaultValue = "2")
  int hour;

  @Inject
  @ConfigProperty(name = "atrium.ledger.expiry.batch-size", defaultValue = "50")
  int batchSize;

  @PostConstruct
  void schedule() {
    if (!enabled) {
      LOG.info("Daily expiry job disabled (atrium.ledger.expiry.enabled=false)");
      return;
    }
    if (hour < 0 || hour > 23) {
      throw new IllegalStateException("atrium.ledger.expiry.hour must be 0-23, not " + hour);
    }
    timers.createCalendarTimer(
        new ScheduleExpression().hour(hour).minute(0).second(0).timezone(mall.zone().getId()),
        new TimerConfig("ledger-expiry", false));
  }

  @Timeout
  void onTimer() {
    try {
      Run run = run(clock.now());
      LOG.info(
          () -> "Expiry job: " + run.lots() + " lots, " + run.points() + " points to breakage");
    } catch (RuntimeException e) {
      // the next day's run picks up where this one stopped
      LOG.log(Level.WARNING, "Expiry job stopped early", e);
    }
  }

  /**
   * Makes sure the breakage account exists before the batches need it. Two instances opening it at
   * once: the unique index lets one win, the other's transaction fails and its second look finds
   * the winner's account.
   */
  private void openBreakageAccount() {
    try {
      expiry.openBreakageAccount();
    } catch (RuntimeException lostTheRace) {
      expiry.openBreakageAccount();
    }
  }

  /** Expires every lot due at {@code at}, batch by batch, until no due lot is left unclaimed. */
  public Run run(Instant at) {
    return run(at, batchSize);
  }

  /** As {@link #run(Instant)}, with that many member accounts per transaction. */
  public Run run(Instant at, int accountsPerBatch) {
    if (accountsPerBatch < 1) {
      throw new IllegalArgumentException("a batch holds at least one account");
    }
    openBreakageAccount();
    int batches = 0;
    int lots = 0;
    long points = 0;
    while (true) {
      ExpiryBatch batch = expiry.expireDueLots(at, accountsPerBatch);
      if (batch.accounts() == 0) {
        return new Run(batches, lots, points);
      }
      batches++;
      lots += batch.lots();
      points += batch.points();
    }
  }
}
