package com.atrium.it;

import com.atrium.security.RequestSignature;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A POS as Atrium sees it: signs each request with {@link RequestSignature} and sends it. The knobs
 * on {@link Request} break one thing at a time, for tests of the refusals.
 *
 * <pre>
 * PosClient pos = new PosClient(RunningAtrium.baseUri(), "pos-fb001", "demo-secret-fb001");
 * PosClient.Response r = pos.get("/api/v1/pos/whoami").send();
 * r.status(); r.json().getString("keyId");
 * pos.post("/api/v1/pos/sales", json).header("Idempotency-Key", "k1").send();
 * pos.get(path).clockSkew(Duration.ofMinutes(-10)).send();   // stale timestamp
 * </pre>
 */
public final class PosClient {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI base;
  private final String keyId;
  private final String secret;

  public PosClient(URI base, String keyId, String secret) {
    this.base = base;
    this.keyId = keyId;
    this.secret = secret;
  }

  /** The demo seed's key of a tenant: {@code pos-<code>} / {@code demo-secret-<code>}. */
  public static PosClient demo(String tenantCode) {
    String code = tenantCode.toLowerCase(Locale.ROOT);
    return new PosClient(RunningAtrium.baseUri(), "pos-" + code, "demo-secret-" + code);
  }

  public static PosClient of(Fixtures.PosKey key) {
    return new PosClient(RunningAtrium.baseUri(), key.keyId(), key.secret());
  }

  public static PosClient of(Fixtures.MachineKey key) {
    return new PosClient(RunningAtrium.baseUri(), key.keyId(), key.secret());
  }

  public String keyId() {
    return keyId;
  }

  public Request get(String pathWithQuery) {
    return new Request("GET", pathWithQuery, null);
  }

  public Request post(String pathWithQuery, String body) {
    return new Request("POST", pathWithQuery, body);
  }

  public Request put(String pathWithQuery, String body) {
    return new Request("PUT", pathWithQuery, body);
  }

  public Request delete(String pathWithQuery) {
    return new Request("DELETE", pathWithQuery, null);
  }

  /** A fresh nonce: 32 hex characters. */
  public static String newNonce() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** One request to send; by default correctly signed, now, with a fresh nonce. */
  public final class Request {
    private final String method;
    private final String path;
    private final String body;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Duration clockSkew = Duration.ZERO;
    private String nonce = newNonce();
    private String signingSecret = secret;
    private String sentKeyId = keyId;
    private String bodySent;
    private boolean signed = true;

    private Request(String method, String path, String body) {
      this.method = method;
      this.path = path;
      this.body = body;
      if (body != null) {
        headers.put("Content-Type", "application/json");
      }
    }

    public Request header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** Pretends the POS clock is off by this much (negative: a stale request). */
    public Request clockSkew(Duration skew) {
      this.clockSkew = skew;
      return this;
    }

    /** Uses this nonce (send the same one twice to replay). */
    public Request nonce(String nonce) {
      this.nonce = nonce;
      return this;
    }

    /** Signs with another secret than the key's. */
    public Request signWith(String otherSecret) {
      this.signingSecret = otherSecret;
      return this;
    }

    /** Sends another key id than the client's (the signature still uses the client's secret). */
    public Request keyId(String otherKeyId) {
      this.sentKeyId = otherKeyId;
      return this;
    }

    /** Signs the original body but sends this one: a body changed on the way. */
    public Request sendBodyInstead(String tampered) {
      this.bodySent = tampered;
      return this;
    }

    /** Sends the body without a Content-Type header. */
    public Request withoutContentType() {
      headers.remove("Content-Type");
      return this;
    }

    /** Sends no signing headers at all. */
    public Request unsigned() {
      this.signed = false;
      return this;
    }

    public Response send() {
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      HttpRequest.Builder b =
          HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
      if (signed) {
        long ts = Instant.now().plus(clockSkew).getEpochSecond();
        String sha = RequestSignature.sha256Hex(bytes);
        String signature =
            RequestSignature.sign(
                signingSecret, RequestSignature.canonical(method, path, ts, nonce, sha));
        b.header(RequestSignature.KEY_ID, sentKeyId)
            .header(RequestSignature.TIMESTAMP, Long.toString(ts))
            .header(RequestSignature.NONCE, nonce)
            .header(RequestSignature.CONTENT_SHA256, sha)
            .header(RequestSignature.SIGNATURE, signature);
      }
      headers.forEach(b::header);
      byte[] wire = bodySent == null ? bytes : bodySent.getBytes(StandardCharsets.UTF_8);
      b.method(
          method,
          body == null && bodySent == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(wire));
      try {
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.headers(), r.body());
      } catch (IOException e) {
        throw new IllegalStateException(method + " " + path + " failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** What came back. */
  public record Response(int status, HttpHeaders headers, String body) {

    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    public String contentType() {
      return header("Content-Type").orElse("");
    }

    /** The stable {@code code} of a problem answer. */
    public String problemCode() {
      return json().getString("code", null);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
