package com.atrium.notification;

import com.atrium.member.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMS transport ({@code atrium.notification.channel=sms}): one signed HTTP POST per message to
 * the gateway at {@code atrium.notification.sms.url} ({@link SmsRequest}, docs/notifications.md).
 * Any answer but 2xx, a timeout or a refused connection throws, and the outbox retries the message
 * with its backoff; the exception never carries the phone number.
 */
@ApplicationScoped
@Typed(SmsGatewayChannel.class)
public class SmsGatewayChannel {

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Inject
  @ConfigProperty(name = "atrium.notification.sms.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "atrium.notification.sms.account")
  Optional<String> account;

  @Inject
  @ConfigProperty(name = "atrium.notification.sms.secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "atrium.notification.sms.sign-name")
  Optional<String> signName;

  @Inject
  @ConfigProperty(name = "atrium.notification.sms.timeout-millis", defaultValue = "5000")
  long timeoutMillis;

  public void send(PhoneNumber to, Rendered message, String messageId) {
    String gateway =
        url.filter(u -> !u.isBlank())
            .orElseThrow(
                () -> new SmsNotSent("atrium.notification.sms.url is not configured", null));
    // MicroProfile Config reads an empty value as none: optional keys, checked when used
    String key = secret.filter(v -> !v.isBlank()).orElse(null);
    if (key == null) {
      throw new SmsNotSent("atrium.notification.sms.secret is not configured", null);
    }
    SmsRequest request =
        SmsRequest.of(
            account.orElse(""),
            messageId,
            to,
            signName.orElse(""),
            message.body(),
            System.currentTimeMillis());
    HttpRequest post =
        HttpRequest.newBuilder(URI.create(gateway))
            .timeout(Duration.ofMillis(timeoutMillis))
            .header("Content-Type", "application/json; charset=utf-8")
            .header(SmsRequest.TIMESTAMP_HEADER, request.timestamp())
            .header(SmsRequest.SIGNATURE_HEADER, request.signature(key))
            .POST(HttpRequest.BodyPublishers.ofString(request.body()))
            .build();
    HttpResponse<String> answer;
    try {
      answer = http.send(post, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new SmsNotSent("SMS gateway unreachable: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SmsNotSent("interrupted while sending", e);
    }
    if (answer.statusCode() / 100 != 2) {
      throw new SmsNotSent("SMS gateway answered HTTP " + answer.statusCode(), null);
    }
  }

  /** A delivery the gateway did not accept; the outbox records it (phone masked) and retries. */
  public static final class SmsNotSent extends RuntimeException {
    SmsNotSent(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
