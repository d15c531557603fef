package com.atrium.notification;

import com.atrium.ledger.LedgerQueries;
import com.atrium.platform.Clock;
import com.atrium.platform.ExactlyOnce;
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
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Once a day at {@code atrium.notification.reminder.hour} in the mall's zone, queues an expiry
 * reminder for every member with points expiring within {@code expiry.reminder-days}: one per
 * member and expiry day, ever (the outbox's unique key). Not a persistent timer: every instance
 * runs it; two runs at once race only at the unique key, and the loser's batch is retried and then
 * skips what the winner queued.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpiryReminderJob {

  private static final Logger LOG = Logger.getLogger(ExpiryReminderJob.class.getName());
  static final int BATCH = 100;

  @Resource TimerService timers;
  @EJB LedgerQueries ledger;
  @EJB Outbox outbox;
  @Inject MallConfiguration mall;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "atrium.notification.reminder.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "atrium.notification.reminder.hour", defaultValue = "10")
  int hour;

  @PostConstruct
  void schedule() {
    if (!enabled) {
      LOG.info("Expiry reminders disabled (atrium.notification.reminder.enabled=false)");
      return;
    }
    if (hour < 0 || hour > 23) {
      throw new IllegalStateException(
          "atrium.notification.reminder.hour must be 0-23, not " + hour);
    }
    timers.createCalendarTimer(
        new ScheduleExpression().hour(hour).minute(0).second(0).timezone(mall.zone().getId()),
        new TimerConfig("expiry-reminders", false));
  }

  @Timeout
  void onTimer() {
    try {
      int queued = run(clock.now());
      LOG.info(() -> "Expiry reminders: " + queued + " queued");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Expiry reminders stopped early; the next run continues", e);
    }
  }

  /** Queues the reminders due at {@code now}; returns how many this run queued. */
  public int run(Instant now) {
    int days = mall.expiryReminderDays();
    if (days <= 0) {
      return 0;
    }
    List<ExpiryReminders.Due> due =
        ExpiryReminders.due(
            ledger.expiringBetween(now, ExpiryReminders.windowEnd(now, days)),
            now,
            days,
            mall.zone());
    int queued = 0;
    for (int i = 0; i < due.size(); i += BATCH) {
      List<ExpiryReminders.Due> batch = due.subList(i, Math.min(due.size(), i + BATCH));
      // each attempt skips the reminders already queued; when another instance queued some of
      // these at the same moment, the attempt loses at the unique key and the next one skips them
      queued += ExactlyOnce.run(attempt -> outbox.queueExpiryReminders(batch, now));
    }
    return queued;
  }
}
