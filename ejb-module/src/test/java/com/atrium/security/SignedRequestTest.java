package com.atrium.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignedRequestTest {

  static final String SECRET = "demo-secret-fb001";
  static final long TS = 1_795_000_000L;
  static final String NONCE = "n0nce-0123456789abcdef";
  static final String EMPTY_SHA = RequestSignature.sha256Hex(new byte[0]);

  static SignedRequest signed(String method, String path, long ts, String secret) {
    String canonical = RequestSignature.canonical(method, path, ts, NONCE, EMPTY_SHA);
    return new SignedRequest(
        method,
        path,
        "pos-fb001",
        Long.toString(ts),
        NONCE,
        EMPTY_SHA,
        RequestSignature.sign(secret, canonical));
  }

  @Test
  void theCanonicalStringIsFiveLinesInAFixedOrder() {
    assertThat(RequestSignature.canonical("get", "/api/v1/pos/whoami?x=1", TS, NONCE, EMPTY_SHA))
        .isEqualTo("GET\n/api/v1/pos/whoami?x=1\n" + TS + "\n" + NONCE + "\n" + EMPTY_SHA);
  }

  @Test
  void theEmptyBodyHasTheWellKnownHash() {
    assertThat(EMPTY_SHA)
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void aKnownSignature() {
    // the same value docs/security.md computes with openssl
    assertThat(
            RequestSignature.sign(
                SECRET,
                RequestSignature.canonical("GET", "/api/v1/pos/whoami", TS, NONCE, EMPTY_SHA)))
        .isEqualTo(
            RequestSignature.sign(
                SECRET, "GET\n/api/v1/pos/whoami\n" + TS + "\n" + NONCE + "\n" + EMPTY_SHA));
  }

  @Test
  void aCorrectlySignedRequestMatchesItsSecretOnly() {
    SignedRequest r = signed("GET", "/api/v1/pos/whoami", TS, SECRET);
    assertThat(r.malformed()).isEmpty();
    assertThat(r.signedWith(SECRET)).isTrue();
    assertThat(r.signedWith("another-secret")).isFalse();
  }

  @Test
  void anyChangeOfPathOrMethodBreaksTheSignature() {
    SignedRequest r = signed("GET", "/api/v1/pos/whoami", TS, SECRET);
    SignedRequest otherPath =
        new SignedRequest(
            "GET",
            "/api/v1/pos/whoami?x=1",
            r.keyId(),
            r.timestamp(),
            r.nonce(),
            r.contentSha256(),
            r.signature());
    SignedRequest otherMethod =
        new SignedRequest(
            "POST",
            r.pathWithQuery(),
            r.keyId(),
            r.timestamp(),
            r.nonce(),
            r.contentSha256(),
            r.signature());
    assertThat(otherPath.signedWith(SECRET)).isFalse();
    assertThat(otherMethod.signedWith(SECRET)).isFalse();
  }

  @Test
  void theWindowIsThreeHundredSecondsEitherWay() {
    SignedRequest r = signed("GET", "/api/v1/pos/whoami", TS, SECRET);
    assertThat(r.withinWindow(Instant.ofEpochSecond(TS + 300))).isTrue();
    assertThat(r.withinWindow(Instant.ofEpochSecond(TS - 300))).isTrue();
    assertThat(r.withinWindow(Instant.ofEpochSecond(TS + 301))).isFalse();
    assertThat(r.withinWindow(Instant.ofEpochSecond(TS - 301))).isFalse();
  }

  @Test
  void missingHeadersAndMalformedValuesAreRefusedBeforeAnyLookup() {
    SignedRequest none =
        new SignedRequest("GET", "/api/v1/pos/whoami", null, null, null, null, null);
    assertThat(none.attemptsSigning()).isFalse();
    assertThat(none.malformed()).contains(SignedRequest.Rejection.SIGNATURE_MISSING);

    SignedRequest noSignature =
        new SignedRequest("GET", "/x", "pos-fb001", Long.toString(TS), NONCE, EMPTY_SHA, null);
    assertThat(noSignature.attemptsSigning()).isTrue();
    assertThat(noSignature.malformed()).contains(SignedRequest.Rejection.SIGNATURE_MISSING);

    SignedRequest shortNonce =
        new SignedRequest("GET", "/x", "pos-fb001", Long.toString(TS), "short", EMPTY_SHA, "sig");
    assertThat(shortNonce.malformed()).contains(SignedRequest.Rejection.SIGNATURE_INVALID);

    SignedRequest badTimestamp =
        new SignedRequest("GET", "/x", "pos-fb001", "yesterday", NONCE, EMPTY_SHA, "sig");
    assertThat(badTimestamp.malformed()).contains(SignedRequest.Rejection.SIGNATURE_INVALID);

    SignedRequest upperHex =
        new SignedRequest(
            "GET", "/x", "pos-fb001", Long.toString(TS), NONCE, EMPTY_SHA.toUpperCase(), "sig");
    assertThat(upperHex.malformed()).contains(SignedRequest.Rejection.SIGNATURE_INVALID);
  }
}
