package com.atrium.security;

import com.atrium.platform.Clock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a login attempt passes before its password is checked: the {@link LoginThrottle} of its
 * client address, then the {@link VerificationBulkhead}. Settings in docs/security.md ("Login
 * throttling"). Turned-away attempts are logged as one summary line per interval, never one line
 * per attempt, so that a flood of bogus logins cannot flood the log as well.
 */
@ApplicationScoped
public class LoginGate {

  private static final Logger LOG = Logger.getLogger(LoginGate.class.getName());
  static final Duration LOG_INTERVAL = Duration.ofMinutes(1);

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "atrium.login.throttle.attempts", defaultValue = "10")
  int attempts;

  @Inject
  @ConfigProperty(name = "atrium.login.throttle.refill-seconds", defaultValue = "60")
  long refillSeconds;

  @Inject
  @ConfigProperty(name = "atrium.login.throttle.max-addresses", defaultValue = "100000")
  int maxAddresses;

  @Inject
  @ConfigProperty(name = "atrium.login.verifications.concurrent", defaultValue = "0")
  int concurrent;

  @Inject
  @ConfigProperty(name = "atrium.login.verifications.max-waiting", defaultValue = "8")
  int maxWaiting;

  @Inject
  @ConfigProperty(name = "atrium.login.verifications.max-wait-ms", defaultValue = "10000")
  long maxWaitMillis;

  private LoginThrottle throttle;
  private VerificationBulkhead bulkhead;
  private final AtomicLong throttled = new AtomicLong();
  private final AtomicLong unreported = new AtomicLong();
  private final AtomicReference<Instant> lastReport = new AtomicReference<>(Instant.EPOCH);

  @PostConstruct
  void init() {
    throttle = new LoginThrottle(attempts, Duration.ofSeconds(refillSeconds), maxAddresses);
    bulkhead =
        new VerificationBulkhead(
            permits(concurrent, Runtime.getRuntime().availableProcessors()),
            maxWaiting,
            Duration.ofMillis(maxWaitMillis));
  }

  /** 0 means half the cores, at least one: the other half stays with the POS calls. */
  static int permits(int configured, int cores) {
    return configured > 0 ? configured : Math.max(1, cores / 2);
  }

  /** Admitted: the attempt's permit, to hold while its password is checked. */
  public sealed interface Admission permits Admitted, TurnedAway {}

  public record Admitted(String address, VerificationBulkhead.Permit permit)
      implements Admission, AutoCloseable {
    @Override
    public void close() {
      permit.close();
    }
  }

  /** Come back after this long (whole seconds, at least one). */
  public record TurnedAway(long retryAfterSeconds) implements Admission {}

  /** Passes the attempt from {@code address} through the throttle and the bulkhead. */
  public Admission admit(String address) {
    Instant now = clock.now();
    Optional<Duration> wait = throttle.take(address, now);
    if (wait.isPresent()) {
      return turnedAway(now, "address " + address, wait.get());
    }
    Optional<VerificationBulkhead.Permit> permit = bulkhead.enter();
    if (permit.isEmpty()) {
      // not this address's fault: its token comes back
      throttle.giveBack(address, now);
      return turnedAway(now, "busy", bulkhead.retryAfter());
    }
    return new Admitted(address, permit.get());
  }

  /** The attempt did not fail a password check (right password, or a locked account). */
  public void notFailed(Admitted admitted) {
    throttle.giveBack(admitted.address(), clock.now());
  }

  /** Waits for a password check outside a login (changing one's own password); no throttle. */
  public Optional<VerificationBulkhead.Permit> enterCheck() {
    return bulkhead.enter();
  }

  public Duration retryAfter() {
    return bulkhead.retryAfter();
  }

  public VerificationBulkhead bulkhead() {
    return bulkhead;
  }

  /** Attempts turned away by the throttle or the bulkhead, since start. */
  public long throttled() {
    return throttled.get();
  }

  private TurnedAway turnedAway(Instant now, String why, Duration wait) {
    throttled.incrementAndGet();
    unreported.incrementAndGet();
    Instant last = lastReport.get();
    if (!now.isBefore(last.plus(LOG_INTERVAL)) && lastReport.compareAndSet(last, now)) {
      long count = unreported.getAndSet(0);
      LOG.warning(
          () ->
              "Login attempts turned away: "
                  + count
                  + " since the last report (the latest: "
                  + why
                  + "); addresses tracked "
                  + throttle.trackedAddresses()
                  + ", checks waiting "
                  + bulkhead.waiting());
    }
    return new TurnedAway(Math.max(1, (wait.toMillis() + 999) / 1000));
  }
}
