package com.atrium.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

  static final Instant T0 = Instant.parse("2027-12-01T02:00:00Z");

  static OutboxMessage pending() {
    return new OutboxMessage(
        OutboxMessage.EXPIRY_REMINDER, 42, "EXPIRY:2027-12-31", "zh", new Rendered("s", "b"), T0);
  }

  @Test
  void aNewMessageIsDueAtOnce() {
    OutboxMessage m = pending();
    assertThat(m.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(m.nextAttemptAt()).isEqualTo(T0);
    assertThat(m.attempts()).isZero();
  }

  @Test
  void aFailureWaitsOutItsBackoffAndKeepsTheErrorThenSucceeds() {
    OutboxMessage m = pending();
    m.failed(T0, "gateway timeout");
    assertThat(m.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(m.attempts()).isEqualTo(1);
    assertThat(m.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
    assertThat(m.lastError()).isEqualTo("gateway timeout");
    m.failed(T0.plusSeconds(60), "x".repeat(900));
    assertThat(m.nextAttemptAt()).isEqualTo(T0.plusSeconds(60).plus(Duration.ofMinutes(2)));
    assertThat(m.lastError()).hasSize(500);
    m.sent(T0.plusSeconds(300));
    assertThat(m.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(m.attempts()).isEqualTo(3);
    assertThat(m.sentAt()).isEqualTo(T0.plusSeconds(300));
    assertThat(m.lastError()).isNull();
  }

  @Test
  void afterTheLastAttemptTheMessageHasFailedForGood() {
    OutboxMessage m = pending();
    for (int i = 1; i < Backoff.MAX_ATTEMPTS; i++) {
      m.failed(T0, "down");
      assertThat(m.status()).isEqualTo(OutboxStatus.PENDING);
    }
    m.failed(T0, "down");
    assertThat(m.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(m.attempts()).isEqualTo(Backoff.MAX_ATTEMPTS);
  }
}
