package com.atrium.notification;

import com.atrium.member.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.logging.Logger;

/**
 * The default transport ({@code atrium.notification.channel=log}): writes each message to the log,
 * phone masked; the quick start's codes are read on the admins' outbox page instead.
 */
@ApplicationScoped
@Typed(LoggingChannel.class)
public class LoggingChannel implements NotificationChannel {

  private static final Logger LOG = Logger.getLogger(LoggingChannel.class.getName());

  @Override
  public void send(PhoneNumber to, Rendered message) {
    LOG.info(() -> line(to, message));
  }

  static String line(PhoneNumber to, Rendered message) {
    return "Notification to "
        + to.masked()
        + ": "
        + message.subject()
        + " | "
        + PhoneNumber.maskAll(message.body());
  }
}
