package com.atrium.notification;

import com.atrium.member.PhoneNumber;

/**
 * How a message reaches a member (SMS gateway, app push, ...). One bean of this type is active;
 * replace {@link LoggingChannel} with a CDI {@code @Alternative} to plug in a real gateway. A
 * channel throws to report a failed delivery; the outbox retries it. Implementations must never log
 * or store the full phone number.
 */
public interface NotificationChannel {

  void send(PhoneNumber to, Rendered message);
}
