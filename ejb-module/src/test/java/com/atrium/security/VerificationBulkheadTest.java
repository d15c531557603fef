package com.atrium.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The cap on password checks: who runs, who waits, who is turned away. */
class VerificationBulkheadTest {

  final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void noMoreThanThePermitsRunAndAReleasedPermitIsFreeAgain() {
    VerificationBulkhead bulkhead = new VerificationBulkhead(2, 0, Duration.ZERO);

    Optional<VerificationBulkhead.Permit> first = bulkhead.enter();
    Optional<VerificationBulkhead.Permit> second = bulkhead.enter();
    Optional<VerificationBulkhead.Permit> third = bulkhead.enter();

    assertThat(first).isPresent();
    assertThat(second).isPresent();
    assertThat(third).isEmpty();
    assertThat(bulkhead.running()).isEqualTo(2);
    assertThat(bulkhead.turnedAway()).isEqualTo(1);
    assertThat(bulkhead.waited()).isZero();

    first.get().close();
    first.get().close(); // closing twice releases once

    assertThat(bulkhead.running()).isEqualTo(1);
    assertThat(bulkhead.enter()).isPresent();
    assertThat(bulkhead.enter()).isEmpty();
  }

  @Test
  void aCheckThatWaitedTooLongIsTurnedAway() {
    VerificationBulkhead bulkhead = new VerificationBulkhead(1, 1, Duration.ZERO);
    bulkhead.enter().orElseThrow();

    assertThat(bulkhead.enter()).isEmpty();
    assertThat(bulkhead.waited()).isEqualTo(1);
    assertThat(bulkhead.turnedAway()).isEqualTo(1);
    assertThat(bulkhead.waiting()).isZero();
  }

  @Test
  void aWaitingCheckRunsWhenThePermitIsReleasedAndAFullQueueTurnsAwayAtOnce() throws Exception {
    VerificationBulkhead bulkhead = new VerificationBulkhead(1, 1, Duration.ofMinutes(5));
    VerificationBulkhead.Permit running = bulkhead.enter().orElseThrow();
    CompletableFuture<Optional<VerificationBulkhead.Permit>> waiter =
        CompletableFuture.supplyAsync(bulkhead::enter, threads);
    await(() -> bulkhead.waiting() == 1);

    // the queue (one place) is taken: no wait for this one
    assertThat(bulkhead.enter()).isEmpty();
    assertThat(waiter).isNotDone();

    running.close();

    assertThat(waiter.get(1, TimeUnit.MINUTES)).isPresent();
    assertThat(bulkhead.running()).isEqualTo(1);
    assertThat(bulkhead.waited()).isEqualTo(1);
    assertThat(bulkhead.turnedAway()).isEqualTo(1);
  }

  @Test
  void comeBackAfterAtLeastASecond() {
    VerificationBulkhead bulkhead = new VerificationBulkhead(1, 0, Duration.ZERO);
    bulkhead.enter().orElseThrow().close();

    assertThat(bulkhead.retryAfter()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void halfTheCoresByDefaultAtLeastOne() {
    assertThat(LoginGate.permits(0, 2)).isEqualTo(1);
    assertThat(LoginGate.permits(0, 1)).isEqualTo(1);
    assertThat(LoginGate.permits(0, 8)).isEqualTo(4);
    assertThat(LoginGate.permits(3, 2)).isEqualTo(3);
  }

  /** Polls with a deadline: the other thread is in the queue once the count says so. */
  private static void await(BooleanSupplier condition) {
    Instant deadline = Instant.now().plusSeconds(30);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waited 30 s for the condition").isBefore(deadline);
      Thread.onSpinWait();
    }
  }
}
