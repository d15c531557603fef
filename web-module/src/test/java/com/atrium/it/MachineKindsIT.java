package com.atrium.it;

import static com.atrium.it.SignedRequestsIT.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Machine clients of every kind: each authenticates on its own prefix only, and may hold two
 * secrets while it is rotated; a revoked or expired secret, and a disabled client, are refused at
 * once.
 */
@ExtendWith(RunningAtrium.class)
class MachineKindsIT {

  /** The whoami of each kind's prefix. */
  static final Map<String, String> WHOAMI =
      Map.of(
          "POS", "/api/v1/pos/whoami",
          "CAR_PARK", "/api/v1/parking/whoami",
          "WIFI_CONTROLLER", "/api/v1/wifi/whoami",
          "PARTNER", "/api/v1/partner/whoami");

  static final String OPERATOR_API = "/api/v1/operator/earning-rules";

  @ParameterizedTest
  @ValueSource(strings = {"POS", "CAR_PARK", "WIFI_CONTROLLER", "PARTNER"})
  void aKeyAuthenticatesOnItsOwnPrefixAndIsForbiddenEverywhereElse(String kind) {
    Fixtures.MachineKey key = Fixtures.machineKey(kind);
    PosClient client = PosClient.of(key);

    PosClient.Response own = client.get(WHOAMI.get(kind)).send();
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(own.json().getString("keyId")).isEqualTo(key.keyId());

    for (String other : WHOAMI.keySet()) {
      if (!other.equals(kind)) {
        assertRefused(client.get(WHOAMI.get(other)).send(), 403, "WRONG_KEY_KIND");
      }
    }
    assertRefused(client.get(OPERATOR_API).send(), 403, "WRONG_KEY_KIND");
  }

  @Test
  void aCarParkKeyIsAnsweredWithItsMall() {
    Fixtures.MachineKey key = Fixtures.machineKey("CAR_PARK");
    long mall = Fixtures.mall();
    Map<String, Object> row =
        RunningAtrium.database()
            .row("select code, name from mall where id = ?", mall)
            .orElseThrow();

    PosClient.Response r = PosClient.of(key).get(WHOAMI.get("CAR_PARK")).send();

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().getString("kind")).isEqualTo("CAR_PARK");
    assertThat(r.json().getString("mallCode")).isEqualTo(row.get("code"));
    assertThat(r.json().getString("mallName")).isEqualTo(row.get("name"));
  }

  @Test
  void aWifiKeyIsAnsweredWithItsMallAndAPartnerKeyWithItsPartner() {
    Fixtures.MachineKey wifi = Fixtures.machineKey("WIFI_CONTROLLER");
    Fixtures.MachineKey partner = Fixtures.machineKey("PARTNER");
    String partnerCode =
        (String)
            RunningAtrium.database()
                .value("select partner_code from api_client where key_id = ?", partner.keyId());

    PosClient.Response w = PosClient.of(wifi).get(WHOAMI.get("WIFI_CONTROLLER")).send();
    PosClient.Response p = PosClient.of(partner).get(WHOAMI.get("PARTNER")).send();

    assertThat(w.json().getString("kind")).isEqualTo("WIFI_CONTROLLER");
    assertThat(w.json().getString("mallCode")).isNotBlank();
    assertThat(p.status()).as(p.toString()).isEqualTo(200);
    assertThat(p.json().getString("kind")).isEqualTo("PARTNER");
    assertThat(p.json().getString("partnerCode")).isEqualTo(partnerCode);
  }

  @Test
  void duringARotationBothSecretsWorkAndRevokingTheOldOneRefusesItAtOnce() {
    Fixtures.MachineKey key = Fixtures.machineKey("CAR_PARK");
    PosClient client = PosClient.of(key);
    String path = WHOAMI.get("CAR_PARK");
    assertThat(client.get(path).send().status()).isEqualTo(200); // the old secret is now cached

    String rotated = "rotated-" + Fixtures.unique() + Fixtures.unique();
    Fixtures.addSecret(key.keyId(), 2, rotated);
    RunningAtrium.database()
        .update(
            "update api_client_secret set expires_at = now() + interval '1 day'"
                + " where key_id = ? and secret_no = 1",
            key.keyId());

    assertThat(client.get(path).send().status()).as("old secret in the overlap").isEqualTo(200);
    assertThat(client.get(path).signWith(rotated).send().status()).as("new").isEqualTo(200);
    assertThat(client.get(path).send().status()).as("old again, after the new").isEqualTo(200);

    RunningAtrium.database()
        .update(
            "update api_client_secret set revoked_at = now() where key_id = ? and secret_no = 1",
            key.keyId());

    assertRefused(client.get(path).send(), 401, "SIGNATURE_INVALID");
    assertThat(client.get(path).signWith(rotated).send().status()).isEqualTo(200);
  }

  @Test
  void anExpiredSecretIsRefusedAndTheOtherStillWorks() {
    Fixtures.MachineKey key = Fixtures.machineKey("PARTNER");
    PosClient client = PosClient.of(key);
    String path = WHOAMI.get("PARTNER");
    String rotated = "rotated-" + Fixtures.unique() + Fixtures.unique();
    Fixtures.addSecret(key.keyId(), 2, rotated);
    assertThat(client.get(path).send().status()).isEqualTo(200);
    assertThat(client.get(path).signWith(rotated).send().status()).isEqualTo(200);

    RunningAtrium.database()
        .update(
            "update api_client_secret set expires_at = now() - interval '1 second'"
                + " where key_id = ? and secret_no = 1",
            key.keyId());

    assertRefused(client.get(path).send(), 401, "SIGNATURE_INVALID");
    assertThat(client.get(path).signWith(rotated).send().status()).isEqualTo(200);
  }

  @Test
  void aDisabledClientOfAnyKindIsRefusedAtOnce() {
    for (String kind : List.of("CAR_PARK", "WIFI_CONTROLLER", "PARTNER")) {
      Fixtures.MachineKey key = Fixtures.machineKey(kind);
      PosClient client = PosClient.of(key);
      assertThat(client.get(WHOAMI.get(kind)).send().status()).isEqualTo(200);

      RunningAtrium.database()
          .update("update api_client set enabled = false where key_id = ?", key.keyId());

      assertRefused(client.get(WHOAMI.get(kind)).send(), 401, "UNKNOWN_KEY");
    }
  }

  @Test
  void theNonceRecordsWhichSecretSignedAndTheRequestWritesNothingElse() {
    Fixtures.MachineKey key = Fixtures.machineKey("WIFI_CONTROLLER");
    assertThat(PosClient.of(key).get(WHOAMI.get("WIFI_CONTROLLER")).send().status()).isEqualTo(200);

    assertThat(
            RunningAtrium.database()
                .value("select secret_no from request_nonce where key_id = ?", key.keyId()))
        .isEqualTo(1);
    assertThat(
            RunningAtrium.database()
                .value("select last_used_at from api_client where key_id = ?", key.keyId()))
        .as("a signed request writes nothing but its nonce")
        .isNull();
  }
}
