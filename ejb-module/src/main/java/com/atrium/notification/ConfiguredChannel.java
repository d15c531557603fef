package com.atrium.notification;

import com.atrium.member.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The channel the outbox sends through: the transport {@code atrium.notification.channel} names,
 * {@code log} (default, {@link LoggingChannel}) or {@code sms} ({@link SmsGatewayChannel}). An
 * unknown name fails every delivery, so the messages wait in the outbox instead of being lost.
 */
@ApplicationScoped
public class ConfiguredChannel implements NotificationChannel {

  @Inject LoggingChannel log;
  @Inject SmsGatewayChannel sms;

  @Inject
  @ConfigProperty(name = "atrium.notification.channel", defaultValue = "log")
  String name;

  @Override
  public void send(PhoneNumber to, Rendered message) {
    send(to, message, null);
  }

  @Override
  public void send(PhoneNumber to, Rendered message, String messageId) {
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "log" -> log.send(to, message);
      case "sms" -> sms.send(to, message, messageId);
      default ->
          throw new IllegalStateException(
              "atrium.notification.channel is '" + name + "', not log or sms");
    }
  }
}
