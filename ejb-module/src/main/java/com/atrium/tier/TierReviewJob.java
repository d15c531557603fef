package com.atrium.tier;

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
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily tier review at {@code atrium.tier.review.hour} in the mall's zone: every member above
 * the lowest tier is reviewed once a day ({@link TierService#reviewBatch}), batch by batch, each
 * batch its own transaction. Like the ledger's expiry job the timer is not persistent: every
 * instance fires it, and {@code for update skip locked} plus the member's review day share the work
 * so each member is reviewed once, and a second run on the same day changes nothing.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TierReviewJob {

  private static final Logger LOG = Logger.getLogger(TierReviewJob.class.getName());

  @Resource TimerService timers;
  @EJB TierService tiers;
  @Inject MallConfiguration mall;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "atrium.tier.review.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "atrium.tier.review.hour", defaultValue = "3")
  int hour;

  @Inject
  @ConfigProperty(name = "atrium.tier.review.batch-size", defaultValue = "100")
  int batchSize;

  @PostConstruct
  void schedule() {
    if (!enabled) {
      LOG.info("Daily tier review disabled (atrium.tier.review.enabled=false)");
      return;
    }
    if (hour < 0 || hour > 23) {
      throw new IllegalStateException("atrium.tier.review.hour must be 0-23, not " + hour);
    }
    timers.createCalendarTimer(
        new ScheduleExpression().hour(hour).minute(0).second(0).timezone(mall.zone().getId()),
        new TimerConfig("tier-review", false));
  }

  @Timeout
  void onTimer() {
    try {
      int reviewed = run(clock.now().atZone(mall.zone()).toLocalDate());
      LOG.info(() -> "Tier review: " + reviewed + " members reviewed");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Tier review stopped early; the next run continues", e);
    }
  }

  /** Reviews every member due on {@code today}; returns how many this run reviewed. */
  public int run(LocalDate today) {
    int total = 0;
    long after = 0;
    while (true) {
      TierService.ReviewBatch batch = tiers.reviewBatch(today, after, batchSize);
      if (batch.candidates() == 0) {
        return total;
      }
      total += batch.reviewed();
      after = batch.lastMemberId();
    }
  }
}
