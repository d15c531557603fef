package com.atrium.notification;

import com.atrium.member.PhoneNumber;

/**
 * How a message reaches a phone (SMS gateway, app push, ...). {@link ConfiguredChannel} is the one
 * the outbox uses; it hands each message to the transport {@code atrium.notification.channel}
 * names. A channel throws to report a failed delivery; the outbox retries it. Implementations must
 * never log or store the full phone number.
 */
public interface NotificationChannel {

  void send(PhoneNumber to, Rendered message);

  /**
   * As {@link #send(PhoneNumber, Rendered)}, with the outbox's id of the message, which a gateway
   * can use to drop a second delivery of it (the outbox delivers at least once).
   */
  default void send(PhoneNumber to, Rendered message, String messageId) {
    send(to, message);
  }
}
