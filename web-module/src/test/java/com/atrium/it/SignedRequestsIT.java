package com.atrium.it;

import static com.atrium.it.Fixtures.assertLedgerBalanced;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Machine authentication of the POS API: a signed request gets in, every broken one is refused; and
 * the same window and nonce checks for a PARTNER key on a partner write, which they keep from
 * happening.
 */
@ExtendWith(RunningAtrium.class)
class SignedRequestsIT {

  static final String WHOAMI = "/api/v1/pos/whoami";

  static Fixtures.PosKey key;
  static PosClient pos;

  @BeforeAll
  static void aTenantWithAPosKey() {
    key = Fixtures.posKey();
    pos = PosClient.of(key);
  }

  @Test
  void aSignedRequestIsAnsweredWithTheKeyAndItsTenant() {
    PosClient.Response r = pos.get(WHOAMI).send();

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().getString("keyId")).isEqualTo(key.keyId());
    assertThat(r.json().getString("tenantCode")).isEqualTo(key.tenant().code());
    assertThat(r.json().getString("tenantName")).isEqualTo(key.tenant().name());
    assertThat(r.header("Set-Cookie")).as("no session for machines").isEmpty();
  }

  @Test
  void aQueryStringIsPartOfWhatIsSigned() {
    assertThat(pos.get(WHOAMI + "?lang=zh&x=a%20b").send().status()).isEqualTo(200);
  }

  @Test
  void anUnsignedRequestIsRefused() {
    assertRefused(pos.get(WHOAMI).unsigned().send(), 401, "SIGNATURE_MISSING");
  }

  @Test
  void aWrongSecretIsRefused() {
    assertRefused(pos.get(WHOAMI).signWith("not-the-secret").send(), 401, "SIGNATURE_INVALID");
  }

  @Test
  void anUnknownKeyIsRefused() {
    assertRefused(
        pos.get(WHOAMI).keyId("pos-nobody-" + Fixtures.unique()).send(), 401, "UNKNOWN_KEY");
  }

  @Test
  void aDisabledKeyIsRefusedAsUnknown() {
    Fixtures.PosKey disabled = Fixtures.posKey();
    RunningAtrium.database()
        .update("update api_client set enabled = false where key_id = ?", disabled.keyId());

    assertRefused(PosClient.of(disabled).get(WHOAMI).send(), 401, "UNKNOWN_KEY");
  }

  @Test
  void aKeyDisabledAfterUseIsRefusedAtOnce() {
    Fixtures.PosKey key = Fixtures.posKey();
    PosClient client = PosClient.of(key);
    assertThat(client.get(WHOAMI).send().status()).isEqualTo(200);

    RunningAtrium.database()
        .update("update api_client set enabled = false where key_id = ?", key.keyId());

    assertRefused(client.get(WHOAMI).send(), 401, "UNKNOWN_KEY");
  }

  @Test
  void aRotatedSecretCountsAtOnceAndTheOldOneNoLonger() {
    Fixtures.PosKey key = Fixtures.posKey();
    PosClient client = PosClient.of(key);
    assertThat(client.get(WHOAMI).send().status()).isEqualTo(200);

    // what a rotation without overlap on another instance leaves: secret 1 revoked, secret 2 new
    String rotated = "rotated-" + Fixtures.unique();
    Fixtures.addSecret(key.keyId(), 2, rotated);
    RunningAtrium.database()
        .update(
            "update api_client_secret set revoked_at = now() where key_id = ? and secret_no = 1",
            key.keyId());

    assertRefused(client.get(WHOAMI).send(), 401, "SIGNATURE_INVALID");
    assertThat(client.get(WHOAMI).signWith(rotated).send().status()).isEqualTo(200);
  }

  @Test
  void aStaleTimestampIsRefused() {
    assertRefused(
        pos.get(WHOAMI).clockSkew(Duration.ofSeconds(-400)).send(), 401, "TIMESTAMP_OUT_OF_WINDOW");
  }

  @Test
  void aTimestampFromTheFutureIsRefused() {
    assertRefused(
        pos.get(WHOAMI).clockSkew(Duration.ofSeconds(400)).send(), 401, "TIMESTAMP_OUT_OF_WINDOW");
  }

  @Test
  void aSmallClockSkewIsTolerated() {
    assertThat(pos.get(WHOAMI).clockSkew(Duration.ofSeconds(-240)).send().status()).isEqualTo(200);
    assertThat(pos.get(WHOAMI).clockSkew(Duration.ofSeconds(240)).send().status()).isEqualTo(200);
  }

  @Test
  void aNonceWorksOnceOnly() {
    String nonce = PosClient.newNonce();

    assertThat(pos.get(WHOAMI).nonce(nonce).send().status()).isEqualTo(200);
    assertRefused(pos.get(WHOAMI).nonce(nonce).send(), 401, "NONCE_REUSED");
  }

  @Test
  void aRefusedSignatureDoesNotUseUpTheNonce() {
    String nonce = PosClient.newNonce();

    assertRefused(pos.get(WHOAMI).nonce(nonce).signWith("wrong").send(), 401, "SIGNATURE_INVALID");
    assertThat(pos.get(WHOAMI).nonce(nonce).send().status()).isEqualTo(200);
  }

  @Test
  void theSameNonceMayBeUsedByAnotherKey() {
    String nonce = PosClient.newNonce();
    PosClient other = PosClient.of(Fixtures.posKey());

    assertThat(pos.get(WHOAMI).nonce(nonce).send().status()).isEqualTo(200);
    assertThat(other.get(WHOAMI).nonce(nonce).send().status()).isEqualTo(200);
  }

  @Test
  void aBodyChangedAfterSigningIsRefused() {
    PosClient.Response r =
        pos.post(WHOAMI, "{\"amount\":\"100.00\"}")
            .sendBodyInstead("{\"amount\":\"999.00\"}")
            .send();

    assertRefused(r, 400, "BODY_HASH_MISMATCH");
  }

  @Test
  void aMalformedNonceIsRefused() {
    assertRefused(pos.get(WHOAMI).nonce("short").send(), 401, "SIGNATURE_INVALID");
  }

  @Test
  void aPartnerKeysStaleOrFutureExchangeIsRefusedAndMakesNothing() {
    ItPartner p = ItPartner.postpaid();
    p.linkNewMember("H-1");

    assertRefused(
        p.inRequest("H-IN-1", "H-1", 1000).clockSkew(Duration.ofSeconds(-400)).send(),
        401,
        "TIMESTAMP_OUT_OF_WINDOW");
    assertRefused(
        p.inRequest("H-IN-1", "H-1", 1000).clockSkew(Duration.ofSeconds(400)).send(),
        401,
        "TIMESTAMP_OUT_OF_WINDOW");
    assertThat(p.exchanges()).isZero();
    assertThat(p.balance("H-1")).isZero();
    // the id was never used: the same exchange, signed now, is the first
    var fresh = p.inRequest("H-IN-1", "H-1", 1000).send();
    assertThat(fresh.status()).as(fresh.toString()).isEqualTo(201);
    assertThat(fresh.header("Idempotent-Replayed")).hasValue("false");
    assertLedgerBalanced();
  }

  @Test
  void aPartnerKeysReplayedNonceIsRefusedBeforeTheExchangeIsReplayedOrMade() {
    ItPartner p = ItPartner.postpaid();
    p.linkNewMember("H-2");
    String nonce = PosClient.newNonce();

    var first = p.inRequest("H-IN-2", "H-2", 1000).nonce(nonce).send();
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    // the same request again is refused by its nonce, not answered as an idempotent replay
    assertRefused(p.inRequest("H-IN-2", "H-2", 1000).nonce(nonce).send(), 401, "NONCE_REUSED");
    // and under another transaction id it makes no exchange
    assertRefused(p.inRequest("H-IN-3", "H-2", 1000).nonce(nonce).send(), 401, "NONCE_REUSED");
    assertThat(p.exchanges()).isEqualTo(1);
    assertThat(p.balance("H-2")).isEqualTo(100);
    assertLedgerBalanced();
  }

  static void assertRefused(PosClient.Response r, int status, String code) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.problemCode()).isEqualTo(code);
    assertThat(r.json().getInt("status")).isEqualTo(status);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at com.");
  }
}
