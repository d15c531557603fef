package com.atrium.security;

import com.atrium.platform.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-SHA256 request signature machines put on every call, computed the same way by Atrium and
 * by its clients: over the method, the path with its query string, the timestamp, the nonce and the
 * SHA-256 of the body, each on its own line.
 */
public final class RequestSignature {

  public static final String KEY_ID = "X-Atrium-Key-Id";
  public static final String TIMESTAMP = "X-Atrium-Timestamp";
  public static final String NONCE = "X-Atrium-Nonce";
  public static final String CONTENT_SHA256 = "X-Atrium-Content-SHA256";
  public static final String SIGNATURE = "X-Atrium-Signature";

  /** How far a request's timestamp may be from the server's clock, either way. */
  public static final long WINDOW_SECONDS = 300;

  private RequestSignature() {}

  public static String canonical(
      String method, String pathWithQuery, long epochSeconds, String nonce, String contentSha256) {
    return method.toUpperCase(Locale.ROOT)
        + "\n"
        + pathWithQuery
        + "\n"
        + epochSeconds
        + "\n"
        + nonce
        + "\n"
        + contentSha256;
  }

  /** Base64 of HMAC-SHA256(secret, canonical). */
  public static String sign(String secret, String canonical) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** Lower-case hex SHA-256 of the body bytes (of nothing, for a request without a body). */
  public static String sha256Hex(byte[] body) {
    return Sha256.hex(body);
  }

  /** Compares two signatures in constant time. */
  public static boolean matches(String expected, String presented) {
    if (expected == null || presented == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        presented.getBytes(StandardCharsets.US_ASCII));
  }
}
