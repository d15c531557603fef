package com.atrium.launcher;

import com.atrium.security.RequestSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A demo tenant's POS: signs each request with its demo key ({@code pos-<code>} / {@code
 * demo-secret-<code>}) the way web-module's PosClient does, and sends it.
 */
final class SignedPos {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI base;
  private final String keyId;
  private final String secret;

  SignedPos(URI base, String tenantCode) {
    String code = tenantCode.toLowerCase(Locale.ROOT);
    this.base = base;
    this.keyId = "pos-" + code;
    this.secret = "demo-secret-" + code;
  }

  HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    long timestamp = Instant.now().getEpochSecond();
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    String nonceHex = HexFormat.of().formatHex(nonce);
    String sha = RequestSignature.sha256Hex(body);
    String signature =
        RequestSignature.sign(
            secret, RequestSignature.canonical("POST", path, timestamp, nonceHex, sha));
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/json")
            .header(RequestSignature.KEY_ID, keyId)
            .header(RequestSignature.TIMESTAMP, Long.toString(timestamp))
            .header(RequestSignature.NONCE, nonceHex)
            .header(RequestSignature.CONTENT_SHA256, sha)
            .header(RequestSignature.SIGNATURE, signature)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
