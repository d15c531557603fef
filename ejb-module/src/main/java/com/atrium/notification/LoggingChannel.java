package com.atrium.notification;

import com.atrium.member.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/** The channel until a gateway is plugged in: writes each message to the log, phone masked. */
@ApplicationScoped
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
