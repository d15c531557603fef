package com.atrium.it;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs each request of the generated client the way docs/security.md describes it, written as an
 * integrator would: from the published description alone, with no Atrium class. Plugs into the
 * client with {@code apiClient.setRequestInterceptor(new SigningInterceptor(keyId, secret))}.
 */
public final class SigningInterceptor implements Consumer<HttpRequest.Builder> {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String keyId;
  private final String secret;
  private final Clock clock;

  public SigningInterceptor(String keyId, String secret) {
    this(keyId, secret, Clock.systemUTC());
  }

  SigningInterceptor(String keyId, String secret, Clock clock) {
    this.keyId = keyId;
    this.secret = secret;
    this.clock = clock;
  }

  @Override
  public void accept(HttpRequest.Builder builder) {
    HttpRequest request = builder.copy().build();
    byte[] body = request.bodyPublisher().map(SigningInterceptor::bytes).orElse(new byte[0]);
    URI uri = request.uri();
    String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    String nonce = HexFormat.of().formatHex(random);
    String contentSha256 = HexFormat.of().formatHex(sha256(body));
    String canonical = String.join("\n", request.method(), path, timestamp, nonce, contentSha256);
    builder
        .setHeader("X-Atrium-Key-Id", keyId)
        .setHeader("X-Atrium-Timestamp", timestamp)
        .setHeader("X-Atrium-Nonce", nonce)
        .setHeader("X-Atrium-Content-SHA256", contentSha256)
        .setHeader("X-Atrium-Signature", hmac(canonical));
  }

  private String hmac(String canonical) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The bytes a body publisher will send (the client's publishers are in-memory and replayable).
   */
  private static byte[] bytes(HttpRequest.BodyPublisher publisher) {
    CompletableFuture<byte[]> done = new CompletableFuture<>();
    publisher.subscribe(
        new Flow.Subscriber<ByteBuffer>() {
          private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(ByteBuffer item) {
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            out.writeBytes(chunk);
          }

          @Override
          public void onError(Throwable failure) {
            done.completeExceptionally(failure);
          }

          @Override
          public void onComplete() {
            done.complete(out.toByteArray());
          }
        });
    try {
      return done.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("Cannot read the request body to sign it", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
