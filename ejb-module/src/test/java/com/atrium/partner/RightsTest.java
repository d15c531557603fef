package com.atrium.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RightsTest {

  static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");
  static final Instant UNTIL = Instant.parse("2027-01-01T00:00:00Z");

  static RightGrant grant() {
    return new RightGrant(1L, "G-1", 2L, 3L, 4L, FROM, UNTIL, "hash", FROM);
  }

  @Test
  void aRightIsActiveFromItsStartInclusiveToItsEndExclusive() {
    RightGrant g = grant();
    assertThat(g.stateAt(FROM.minusNanos(1))).isEqualTo(RightState.SCHEDULED);
    assertThat(g.stateAt(FROM)).isEqualTo(RightState.ACTIVE);
    assertThat(g.stateAt(UNTIL.minusNanos(1))).isEqualTo(RightState.ACTIVE);
    assertThat(g.stateAt(UNTIL)).as("expires on its own").isEqualTo(RightState.EXPIRED);
  }

  @Test
  void aRevokedRightIsRevokedForGoodAndASecondRevocationChangesNothing() {
    RightGrant g = grant();
    Instant at = FROM.plusSeconds(60);
    assertThat(g.revoke("partner k", null, at)).isTrue();
    assertThat(g.revoke("operator", "again", at.plusSeconds(1))).isFalse();
    assertThat(g.stateAt(at)).isEqualTo(RightState.REVOKED);
    assertThat(g.revokedAt()).isEqualTo(at);
    assertThat(g.revokedBy()).isEqualTo("partner k");
  }

  @Test
  void aRightEndsAfterItStarts() {
    assertThatThrownBy(() -> new RightGrant(1L, "G", 2L, 3L, 4L, FROM, FROM, "h", FROM))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void perksAddUpAcrossRightsEachRightOnce() {
    RightPerks perks =
        RightPerks.of(
            List.of(
                new RightPerks.Perk("BANK", "PREMIUM", 120, 500),
                new RightPerks.Perk("BANK", "PREMIUM", 120, 500), // granted twice: once
                new RightPerks.Perk("BANK", "SALARY", 30, 0),
                new RightPerks.Perk("AIR", "GOLD", 60, 200),
                new RightPerks.Perk("HOTEL", "VIP", 0, 100)));
    assertThat(perks.parkingMinutesByPartner())
        .containsExactly(Map.entry("AIR", 60), Map.entry("BANK", 150));
    assertThat(perks.wifiExtraMb()).isEqualTo(800);
    assertThat(RightPerks.NONE.parkingMinutesByPartner()).isEmpty();
    assertThat(RightPerks.NONE.wifiExtraMb()).isZero();
  }
}
