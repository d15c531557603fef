package com.atrium.security;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * At most {@code permits} password checks at a time, so that logins, bogus ones included, can never
 * take more than that many cores from the signed POS calls. Others wait in arrival order (a fair
 * semaphore), at most {@code maxWaiting} of them and each at most {@code maxWait}; the rest are
 * turned away at once. A waiting login holds a request thread but no database connection.
 */
public final class VerificationBulkhead {

  private final int permits;
  private final int maxWaiting;
  private final Duration maxWait;
  private final Semaphore semaphore;
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicLong waited = new AtomicLong();
  private final AtomicLong turnedAway = new AtomicLong();
  // the mean time a permit is held, moving (weight 1/8 per check), for telling when to come back
  private final AtomicLong meanHeldNanos = new AtomicLong(TimeUnit.SECONDS.toNanos(1));

  public VerificationBulkhead(int permits, int maxWaiting, Duration maxWait) {
    if (permits < 1 || maxWaiting < 0 || maxWait.isNegative()) {
      throw new IllegalArgumentException("permits >= 1, maxWaiting >= 0, maxWait >= 0");
    }
    this.permits = permits;
    this.maxWaiting = maxWaiting;
    this.maxWait = maxWait;
    this.semaphore = new Semaphore(permits, true);
  }

  /** One check's right to run; close it when the check is done. */
  public final class Permit implements AutoCloseable {
    private final long start = System.nanoTime();
    private boolean closed;

    private Permit() {}

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      long held = System.nanoTime() - start;
      meanHeldNanos.accumulateAndGet(held, (mean, x) -> mean + (x - mean) / 8);
      semaphore.release();
    }
  }

  /**
   * A permit at once if one is free; else, if fewer than {@code maxWaiting} wait already, one
   * within {@code maxWait}; else none.
   */
  public Optional<Permit> enter() {
    if (semaphore.tryAcquire()) {
      return Optional.of(new Permit());
    }
    if (waiting.incrementAndGet() > maxWaiting) {
      waiting.decrementAndGet();
      turnedAway.incrementAndGet();
      return Optional.empty();
    }
    waited.incrementAndGet();
    try {
      if (semaphore.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
        return Optional.of(new Permit());
      }
      turnedAway.incrementAndGet();
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      turnedAway.incrementAndGet();
      return Optional.empty();
    } finally {
      waiting.decrementAndGet();
    }
  }

  /**
   * When a turned-away check may come back: the queue ahead of it drained at the mean time a check
   * takes, at least one second.
   */
  public Duration retryAfter() {
    long nanos = meanHeldNanos.get() * (waiting.get() + 1) / permits;
    return Duration.ofNanos(Math.max(TimeUnit.SECONDS.toNanos(1), nanos));
  }

  public int permits() {
    return permits;
  }

  /** Checks running now. */
  public int running() {
    return permits - semaphore.availablePermits();
  }

  /** Checks waiting now. */
  public int waiting() {
    return Math.max(0, waiting.get());
  }

  /** Checks that had to wait, since start. */
  public long waited() {
    return waited.get();
  }

  /** Checks turned away (queue full or waited too long), since start. */
  public long turnedAway() {
    return turnedAway.get();
  }
}
