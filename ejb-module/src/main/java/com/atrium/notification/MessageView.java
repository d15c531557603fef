package com.atrium.notification;

import java.time.Instant;

/** A message to a member as operators read it: what was sent, and how its delivery went. */
public record MessageView(
    long id,
    String kind,
    String body,
    OutboxStatus status,
    int attempts,
    Instant createdAt,
    Instant sentAt) {

  static MessageView of(OutboxMessage m) {
    return new MessageView(
        m.id(), m.kind(), m.body(), m.status(), m.attempts(), m.createdAt(), m.sentAt());
  }
}
