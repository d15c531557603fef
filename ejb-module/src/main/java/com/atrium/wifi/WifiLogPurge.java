package com.atrium.wifi;

import com.atrium.platform.Clock;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
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
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PIPL: once a day at {@code atrium.wifi.purge.hour} in the mall's zone, deletes the WiFi
 * authorisation log and sessions' accounting detail older than the mall's {@code
 * wifi.log-retention-days} (default 180) and codes older than a day. Visits stay (segments,
 * reports). Not a persistent timer: every instance runs it; deleting twice is harmless.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WifiLogPurge {

  private static final Logger LOG = Logger.getLogger(WifiLogPurge.class.getName());

  @Resource TimerService timers;
  @EJB WifiBook book;
  @EJB MallRegistry malls;
  @Inject WifiSettings settings;
  @Inject MallConfiguration mall;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "atrium.wifi.purge.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "atrium.wifi.purge.hour", defaultValue = "4")
  int hour;

  @PostConstruct
  void schedule() {
    if (!enabled) {
      LOG.info("WiFi log purge disabled (atrium.wifi.purge.enabled=false)");
      return;
    }
    if (hour < 0 || hour > 23) {
      throw new IllegalStateException("atrium.wifi.purge.hour must be 0-23, not " + hour);
    }
    timers.createCalendarTimer(
        new ScheduleExpression().hour(hour).minute(30).second(0).timezone(mall.zone().getId()),
        new TimerConfig("wifi-log-purge", false));
  }

  @Timeout
  void onTimer() {
    try {
      int purged = run(clock.now());
      LOG.info(() -> "WiFi log purge: " + purged + " rows deleted");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "WiFi log purge failed; the next run tries again", e);
    }
  }

  /**
   * Deletes, mall by mall, what is older than that mall's retention at {@code now}; returns how
   * many rows.
   */
  public int run(Instant now) {
    int n = book.purgeCodes();
    for (MallSummary m : malls.malls()) {
      n += book.purge(m.id(), retentionStart(now, settings.logRetentionDays(m.code())));
    }
    return n;
  }

  static Instant retentionStart(Instant now, int days) {
    return now.minus(Duration.ofDays(days));
  }
}
