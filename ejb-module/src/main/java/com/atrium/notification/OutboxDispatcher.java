package com.atrium.notification;

import com.atrium.platform.Clock;
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
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends due outbox messages every {@code atrium.notification.dispatch.interval-seconds}, in batches
 * of {@code atrium.notification.dispatch.batch-size}, each batch its own transaction. Every
 * instance runs it; {@code for update skip locked} gives each message to one of them.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

  @Resource TimerService timers;
  @EJB Outbox outbox;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "atrium.notification.dispatch.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "atrium.notification.dispatch.interval-seconds", defaultValue = "60")
  int intervalSeconds;

  @Inject
  @ConfigProperty(name = "atrium.notification.dispatch.batch-size", defaultValue = "50")
  int batchSize;

  @PostConstruct
  void schedule() {
    if (!enabled) {
      LOG.info("Outbox dispatcher disabled (atrium.notification.dispatch.enabled=false)");
      return;
    }
    long ms = Math.max(1, intervalSeconds) * 1000L;
    timers.createIntervalTimer(ms, ms, new TimerConfig("outbox-dispatch", false));
  }

  @Timeout
  void onTimer() {
    try {
      run(clock.now());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox dispatch stopped early; the next tick continues", e);
    }
  }

  /** Sends every message due at {@code now}; returns how many it attempted. */
  public int run(Instant now) {
    int total = 0;
    while (true) {
      int n = outbox.dispatchBatch(now, batchSize);
      if (n == 0) {
        return total;
      }
      total += n;
    }
  }
}
