package com.atrium.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kinds and their scopes, a client's secrets, rotation with overlap, expiry and revocation. */
class ApiClientTest {

  static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

  static ApiClient posClient() {
    return ApiClient.create(
        "pos-a", MachineKind.POS, new MachineScope.Tenant(7), "till 1", "s1", T0);
  }

  @Test
  void eachKindTakesExactlyItsScope() {
    MachineScope tenant = new MachineScope.Tenant(1);
    MachineScope mall = new MachineScope.Mall(2);
    MachineScope partner = new MachineScope.Partner("BANK1");

    assertThat(MachineKind.POS.fits(tenant)).isTrue();
    assertThat(MachineKind.POS.fits(mall)).isFalse();
    assertThat(MachineKind.POS.fits(partner)).isFalse();
    assertThat(MachineKind.CAR_PARK.fits(mall)).isTrue();
    assertThat(MachineKind.CAR_PARK.fits(tenant)).isFalse();
    assertThat(MachineKind.WIFI_CONTROLLER.fits(mall)).isTrue();
    assertThat(MachineKind.WIFI_CONTROLLER.fits(partner)).isFalse();
    assertThat(MachineKind.PARTNER.fits(partner)).isTrue();
    assertThat(MachineKind.PARTNER.fits(mall)).isFalse();
  }

  @Test
  void eachKindHasItsOwnRole() {
    assertThat(MachineKind.POS.role()).isEqualTo(Roles.POS);
    assertThat(MachineKind.CAR_PARK.role()).isEqualTo("CAR_PARK");
    assertThat(MachineKind.WIFI_CONTROLLER.role()).isEqualTo("WIFI_CONTROLLER");
    assertThat(MachineKind.PARTNER.role()).isEqualTo("PARTNER");
  }

  @Test
  void aClientWithTheWrongScopeIsRefused() {
    assertThatThrownBy(
            () ->
                ApiClient.create(
                    "park-a", MachineKind.CAR_PARK, new MachineScope.Tenant(1), null, "s", T0))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("SCOPE_MISMATCH"));
    assertThatThrownBy(() -> ApiClient.create("x", MachineKind.PARTNER, null, null, "s", T0))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("SCOPE_MISMATCH"));
  }

  @Test
  void aPartnerCodeIsValidatedOnce() {
    assertThat(new MachineScope.Partner("CMB-01").code()).isEqualTo("CMB-01");
    for (String bad : new String[] {null, "", "b", "lower", "WITH SPACE", "X".repeat(33)}) {
      assertThatThrownBy(() -> new MachineScope.Partner(bad))
          .as(String.valueOf(bad))
          .isInstanceOfSatisfying(
              DomainException.class, e -> assertThat(e.code()).isEqualTo("PARTNER_CODE_INVALID"));
    }
  }

  @Test
  void theScopeIsReadBackFromItsColumn() {
    assertThat(MachineScope.of(5L, null, null)).isEqualTo(new MachineScope.Tenant(5));
    assertThat(MachineScope.of(null, 6L, null)).isEqualTo(new MachineScope.Mall(6));
    assertThat(MachineScope.of(null, null, "P1")).isEqualTo(new MachineScope.Partner("P1"));
    assertThat(new MachineScope.Mall(6).tenantId()).isEmpty();
    assertThat(new MachineScope.Mall(6).mallId()).contains(6L);
  }

  @Test
  void aNewClientHasOneActiveSecretWithoutExpiry() {
    ApiClient c = posClient();

    assertThat(c.isEnabled()).isTrue();
    assertThat(c.activeSecrets(T0.plus(Duration.ofDays(3650))))
        .extracting(ApiClientSecret::number)
        .containsExactly(1);
    assertThat(c.secrets().get(0).expiresAt()).isEmpty();
  }

  @Test
  void rotationKeepsBothSecretsActiveUntilTheOldOneExpires() {
    ApiClient c = posClient();
    Instant later = T0.plus(Duration.ofHours(1));
    Instant until = later.plus(Duration.ofHours(24));

    ApiClientSecret added = c.rotate("s2", until, later);

    assertThat(added.number()).isEqualTo(2);
    assertThat(c.activeSecrets(later)).extracting(ApiClientSecret::number).containsExactly(2, 1);
    assertThat(c.activeSecrets(until.minusMillis(1)))
        .extracting(ApiClientSecret::number)
        .containsExactly(2, 1);
    assertThat(c.activeSecrets(until)).extracting(ApiClientSecret::number).containsExactly(2);
    ApiClientSecret old = c.secrets().get(0);
    assertThat(old.stateAt(until.minusMillis(1))).isEqualTo(ApiClientSecret.State.ACTIVE);
    assertThat(old.stateAt(until)).isEqualTo(ApiClientSecret.State.EXPIRED);
    assertThat(old.expiresAt()).contains(until);
    assertThat(added.expiresAt()).isEmpty();
  }

  @Test
  void revokingTheOldSecretEndsTheOverlapAtOnce() {
    ApiClient c = posClient();
    c.rotate("s2", T0.plus(Duration.ofDays(1)), T0);
    Instant now = T0.plus(Duration.ofMinutes(5));

    c.revoke(1, now);

    assertThat(c.activeSecrets(now)).extracting(ApiClientSecret::number).containsExactly(2);
    assertThat(c.secrets().get(0).stateAt(now)).isEqualTo(ApiClientSecret.State.REVOKED);
    assertThat(c.secrets().get(0).revokedAt()).contains(now);
  }

  @Test
  void aThirdSecretWaitsUntilTheOverlapEnds() {
    ApiClient c = posClient();
    c.rotate("s2", T0.plus(Duration.ofDays(1)), T0);

    assertThatThrownBy(() -> c.rotate("s3", T0.plus(Duration.ofDays(1)), T0))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("ROTATION_IN_PROGRESS"));

    Instant afterOverlap = T0.plus(Duration.ofDays(1));
    ApiClientSecret third = c.rotate("s3", afterOverlap.plus(Duration.ofHours(1)), afterOverlap);
    assertThat(third.number()).isEqualTo(3);
    assertThat(c.activeSecrets(afterOverlap))
        .extracting(ApiClientSecret::number)
        .containsExactly(3, 2);
  }

  @Test
  void aRotationNeverExtendsAnEarlierExpiry() {
    ApiClient c = posClient();
    Instant first = T0.plus(Duration.ofHours(2));
    c.rotate("s2", first, T0);
    c.revoke(2, T0.plus(Duration.ofMinutes(1)));

    c.rotate("s3", T0.plus(Duration.ofDays(2)), T0.plus(Duration.ofMinutes(2)));

    assertThat(c.secrets().get(0).expiresAt()).contains(first);
  }

  @Test
  void theOverlapMustEndInTheFutureAndWithin30Days() {
    ApiClient c = posClient();
    for (Instant bad : new Instant[] {null, T0, T0.minusSeconds(1)}) {
      assertThatThrownBy(() -> c.rotate("s2", bad, T0))
          .isInstanceOfSatisfying(
              DomainException.class, e -> assertThat(e.code()).isEqualTo("OVERLAP_NOT_IN_FUTURE"));
    }
    assertThatThrownBy(() -> c.rotate("s2", T0.plus(Duration.ofDays(30)).plusSeconds(1), T0))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("OVERLAP_TOO_LONG"));
    assertThat(c.rotate("s2", T0.plus(Duration.ofDays(30)), T0).number()).isEqualTo(2);
  }

  @Test
  void theOnlyActiveSecretCannotBeRevoked() {
    ApiClient c = posClient();

    assertThatThrownBy(() -> c.revoke(1, T0))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("LAST_ACTIVE_SECRET"));
    assertThat(c.activeSecrets(T0)).hasSize(1);
  }

  @Test
  void anExpiredOrUnknownSecretCannotBeRevoked() {
    ApiClient c = posClient();
    c.rotate("s2", T0.plus(Duration.ofHours(1)), T0);
    Instant after = T0.plus(Duration.ofHours(2));

    assertThatThrownBy(() -> c.revoke(1, after))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("SECRET_NOT_ACTIVE"));
    assertThatThrownBy(() -> c.revoke(9, after))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("SECRET_NOT_FOUND"));
  }

  @Test
  void theAuditSnapshotNamesSecretsButNeverTheirValues() {
    ApiClient c = posClient();
    c.rotate("rotated-value", T0.plus(Duration.ofHours(1)), T0);

    String snapshot = c.snapshot(T0).toString();

    assertThat(snapshot)
        .contains("pos-a", "POS", "Tenant[id=7]", "1=ACTIVE until 2026-12-01T09:00:00Z", "2=ACTIVE")
        .doesNotContain("s1")
        .doesNotContain("rotated-value");
  }

  @Test
  void generatedKeyIdsAndSecretsAreRandomAndOfTheKind() {
    String key = MachineClients.newKeyId(MachineKind.WIFI_CONTROLLER);
    assertThat(key).matches("wifi-[a-z2-9]{12}");
    assertThat(MachineClients.newSecret()).hasSize(43).matches("[A-Za-z0-9_-]{43}");
    assertThat(List.of(MachineClients.newSecret(), MachineClients.newSecret()))
        .doesNotHaveDuplicates();
  }
}
