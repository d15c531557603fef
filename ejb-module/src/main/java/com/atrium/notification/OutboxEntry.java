package com.atrium.notification;

import java.time.Instant;

/** A message of the outbox as administrators read it: the phone masked, the text in full. */
public record OutboxEntry(
    long id,
    String kind,
    String maskedPhone,
    String body,
    OutboxStatus status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant sentAt) {

  static OutboxEntry of(OutboxMessage m, String maskedPhone) {
    return new OutboxEntry(
        m.id(),
        m.kind(),
        maskedPhone,
        m.body(),
        m.status(),
        m.attempts(),
        m.lastError(),
        m.createdAt(),
        m.nextAttemptAt(),
        m.sentAt());
  }
}
