package com.atrium.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class UsernameTokenTest {

  static final String KEY = "partner-demoair";
  static final String SECRET = "demo-secret-partner-demoair";
  static final String NONCE = "AAECAwQFBgcICQoLDA0ODw=="; // bytes 0..15
  static final String CREATED = "2026-12-03T04:00:00Z";
  static final Instant AT = Instant.parse(CREATED);

  /** Base64(SHA-1(nonce + created + secret)), computed by openssl (docs/soap-partner-whoami.sh). */
  static final String DIGEST = "uL0eNxkVoO02WQCvO4nBJFNFsuw=";

  static UsernameToken token(String digest, String nonce, String created) {
    return new UsernameToken(KEY, UsernameToken.PASSWORD_DIGEST, digest, nonce, created);
  }

  @Test
  void theDigestIsTheProfilesSha1OfNonceCreatedAndSecret() {
    assertThat(UsernameToken.passwordDigest(Base64.getDecoder().decode(NONCE), CREATED, SECRET))
        .isEqualTo(DIGEST);
    UsernameToken t = token(DIGEST, NONCE, CREATED);
    assertThat(t.malformed()).isEmpty();
    assertThat(t.provenWith(SECRET)).isTrue();
    assertThat(t.provenWith("demo-secret-partner-demobank")).isFalse();
    assertThat(t.keyId()).isEqualTo(KEY);
  }

  @Test
  void theDigestCoversTheNonceAndTheCreatedTime() {
    assertThat(token(DIGEST, "AQECAwQFBgcICQoLDA0ODw==", CREATED).provenWith(SECRET)).isFalse();
    assertThat(token(DIGEST, NONCE, "2026-12-03T04:00:01Z").provenWith(SECRET)).isFalse();
  }

  @Test
  void createdIsAcceptedWithin300SecondsEitherWay() {
    UsernameToken t = token(DIGEST, NONCE, CREATED);
    assertThat(t.withinWindow(AT.plusSeconds(300))).isTrue();
    assertThat(t.withinWindow(AT.minusSeconds(300))).isTrue();
    assertThat(t.withinWindow(AT.plusSeconds(301))).isFalse();
    assertThat(t.withinWindow(AT.minusSeconds(301))).isFalse();
    // fractions of a second and another zone are the same instant
    assertThat(token(DIGEST, NONCE, "2026-12-03T12:00:00.000+08:00").withinWindow(AT)).isTrue();
  }

  @Test
  void missingPartsAreMissingAndImpossibleOnesInvalid() {
    assertThat(new UsernameToken(null, null, null, null, null).malformed())
        .hasValue(SignedRequest.Rejection.SIGNATURE_MISSING);
    assertThat(token(DIGEST, null, CREATED).malformed())
        .hasValue(SignedRequest.Rejection.SIGNATURE_MISSING);
    assertThat(token(DIGEST, NONCE, " ").malformed())
        .hasValue(SignedRequest.Rejection.SIGNATURE_MISSING);
    // the password in plain text is never accepted
    assertThat(
            new UsernameToken(
                    KEY,
                    UsernameToken.PASSWORD_DIGEST.replace("Digest", "Text"),
                    SECRET,
                    NONCE,
                    CREATED)
                .malformed())
        .hasValue(SignedRequest.Rejection.SIGNATURE_INVALID);
    assertThat(token(DIGEST, "AAEC", CREATED).malformed()) // 3 bytes: too short a nonce
        .hasValue(SignedRequest.Rejection.SIGNATURE_INVALID);
    assertThat(token(DIGEST, "not base64!", CREATED).malformed())
        .hasValue(SignedRequest.Rejection.SIGNATURE_INVALID);
    assertThat(token(DIGEST, NONCE, "yesterday").malformed())
        .hasValue(SignedRequest.Rejection.SIGNATURE_INVALID);
    assertThat(token(DIGEST, NONCE, "2026-12-03T04:00:00").malformed()) // no zone
        .hasValue(SignedRequest.Rejection.SIGNATURE_INVALID);
    assertThat(token("c2hvcnQ=", NONCE, CREATED).malformed())
        .hasValue(SignedRequest.Rejection.SIGNATURE_INVALID);
    assertThat(token(DIGEST, NONCE, "2026-12-03T04:00:00Z").withinWindow(AT.plusSeconds(5)))
        .isTrue();
  }

  @Test
  void theNonceIsRememberedByItsBytesApartFromRestNonces() {
    UsernameToken plain = token(DIGEST, NONCE, CREATED);
    // the same bytes with a line break inside their Base64 are the same nonce (a replay)
    UsernameToken wrapped = token(DIGEST, "AAECAwQFBgcI\nCQoLDA0ODw==", CREATED);
    assertThat(wrapped.provenWith(SECRET)).isTrue();
    assertThat(wrapped.nonceKey()).isEqualTo(plain.nonceKey()).isEqualTo("wss:" + NONCE);
    assertThat(plain.nonceKey().length()).isLessThanOrEqualTo(64);
    String longest = Base64.getEncoder().encodeToString(new byte[UsernameToken.MAX_NONCE_BYTES]);
    assertThat(token(DIGEST, longest, CREATED).nonceKey().length()).isLessThanOrEqualTo(64);
  }
}
