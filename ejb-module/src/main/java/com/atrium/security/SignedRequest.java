package com.atrium.security;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The signing headers of one machine request, as received. Knows the checks that need no database:
 * are all headers there and well formed, is the timestamp inside the window, does the signature
 * match a given secret. The key lookup and the nonce memory are {@link MachineAuthenticator}'s.
 */
public record SignedRequest(
    String method,
    String pathWithQuery,
    String keyId,
    String timestamp,
    String nonce,
    String contentSha256,
    String signature)
    implements MachineProof {

  private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern EPOCH_SECONDS = Pattern.compile("-?[0-9]{1,12}");

  /** Why a signed request was refused; the names are the stable problem codes of the API. */
  public enum Rejection {
    SIGNATURE_MISSING("The request is not signed: X-Atrium-* signing headers are missing"),
    UNKNOWN_KEY("No enabled API client has this key id"),
    TIMESTAMP_OUT_OF_WINDOW("X-Atrium-Timestamp is more than 300 seconds from the server's clock"),
    NONCE_REUSED("This nonce has already been used with this key"),
    SIGNATURE_INVALID("The signature does not match the request");

    private final String detail;

    Rejection(String detail) {
      this.detail = detail;
    }

    public String detail() {
      return detail;
    }
  }

  /** True when the request carries any of the signing headers (it means to be signed). */
  public boolean attemptsSigning() {
    return keyId != null
        || timestamp != null
        || nonce != null
        || contentSha256 != null
        || signature != null;
  }

  /**
   * A missing header, or one that cannot be a valid value, refuses the request before any lookup.
   */
  @Override
  public Optional<Rejection> malformed() {
    if (isBlank(keyId)
        || isBlank(timestamp)
        || isBlank(nonce)
        || isBlank(contentSha256)
        || isBlank(signature)) {
      return Optional.of(Rejection.SIGNATURE_MISSING);
    }
    if (!EPOCH_SECONDS.matcher(timestamp).matches()
        || !NONCE.matcher(nonce).matches()
        || !SHA256_HEX.matcher(contentSha256).matches()) {
      return Optional.of(Rejection.SIGNATURE_INVALID);
    }
    return Optional.empty();
  }

  /** Within {@link RequestSignature#WINDOW_SECONDS} of {@code now}, either way. */
  @Override
  public boolean withinWindow(Instant now) {
    long skew = Math.abs(now.getEpochSecond() - Long.parseLong(timestamp));
    return skew <= RequestSignature.WINDOW_SECONDS;
  }

  public String canonical() {
    return RequestSignature.canonical(
        method, pathWithQuery, Long.parseLong(timestamp), nonce, contentSha256);
  }

  @Override
  public String nonceKey() {
    return nonce;
  }

  @Override
  public boolean provenWith(String secret) {
    return signedWith(secret);
  }

  public boolean signedWith(String secret) {
    return RequestSignature.matches(RequestSignature.sign(secret, canonical()), signature);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
