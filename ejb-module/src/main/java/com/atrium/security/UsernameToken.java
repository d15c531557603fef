package com.atrium.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * A WS-Security UsernameToken with a password digest (OASIS UsernameToken Profile 1.1), as a
 * partner's SOAP request carries it: the username is the PARTNER key's id, the password its HMAC
 * secret, sent only as {@code Base64(SHA-1(nonce + created + secret))} with the nonce's bytes and
 * the created time's text as received. The nonce is remembered in its canonical Base64 form, so the
 * same bytes encoded another way are still a replay.
 */
public record UsernameToken(
    String username, String passwordType, String passwordDigest, String nonce, String created)
    implements MachineProof {

  public static final String PASSWORD_DIGEST =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0"
          + "#PasswordDigest";

  /** Stored nonces are marked as WS-Security's, apart from the REST signatures' of the same key. */
  static final String NONCE_PREFIX = "wss:";

  static final int MIN_NONCE_BYTES = 16;
  static final int MAX_NONCE_BYTES = 32;

  @Override
  public String keyId() {
    return username;
  }

  @Override
  public String nonceKey() {
    return NONCE_PREFIX + Base64.getEncoder().encodeToString(nonceBytes().orElseThrow());
  }

  @Override
  public Optional<SignedRequest.Rejection> malformed() {
    if (isBlank(username)
        || isBlank(passwordDigest)
        || isBlank(nonce)
        || isBlank(created)
        || username.length() > 64) {
      return Optional.of(SignedRequest.Rejection.SIGNATURE_MISSING);
    }
    // a plain-text password would travel as the secret itself: never accepted
    if (!PASSWORD_DIGEST.equals(passwordType)
        || nonceBytes().isEmpty()
        || createdAt().isEmpty()
        || decode(passwordDigest).map(d -> d.length != 20).orElse(true)) {
      return Optional.of(SignedRequest.Rejection.SIGNATURE_INVALID);
    }
    return Optional.empty();
  }

  @Override
  public boolean withinWindow(Instant now) {
    return createdAt()
        .map(at -> Math.abs(now.getEpochSecond() - at.getEpochSecond()))
        .map(skew -> skew <= RequestSignature.WINDOW_SECONDS)
        .orElse(false);
  }

  @Override
  public boolean provenWith(String secret) {
    byte[] expected = digest(nonceBytes().orElseThrow(), created, secret);
    return decode(passwordDigest).map(d -> MessageDigest.isEqual(expected, d)).orElse(false);
  }

  /** {@code Base64(SHA-1(nonce + created + secret))}: what a partner sends as the password. */
  public static String passwordDigest(byte[] nonce, String created, String secret) {
    return Base64.getEncoder().encodeToString(digest(nonce, created, secret));
  }

  private static byte[] digest(byte[] nonce, String created, String secret) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(nonce);
      sha1.update(created.getBytes(StandardCharsets.UTF_8));
      sha1.update(secret.getBytes(StandardCharsets.UTF_8));
      return sha1.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }

  private Optional<byte[]> nonceBytes() {
    return decode(nonce).filter(b -> b.length >= MIN_NONCE_BYTES && b.length <= MAX_NONCE_BYTES);
  }

  /** xs:dateTime with a zone, e.g. {@code 2026-12-03T04:00:00Z} or with fractions of a second. */
  Optional<Instant> createdAt() {
    if (isBlank(created) || created.length() > 40) {
      return Optional.empty();
    }
    try {
      return Optional.of(java.time.OffsetDateTime.parse(created.trim()).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<byte[]> decode(String base64) {
    if (base64 == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Base64.getMimeDecoder().decode(base64.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
