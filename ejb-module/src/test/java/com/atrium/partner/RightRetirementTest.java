package com.atrium.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A right is retired once, keeps its code and perks, and says so in its view. */
class RightRetirementTest {

  private static final Instant MADE = Instant.parse("2026-12-01T02:00:00Z");
  private static final Instant RETIRED = Instant.parse("2026-12-03T02:00:00Z");

  @Test
  void aRightIsRetiredOnceAndKeepsWhatItGives() {
    RightDefinition r =
        new RightDefinition(7, new RightDraft("VIP", "贵宾", "GOLD", 60L, 100L), MADE);
    assertThat(r.isRetired()).isFalse();
    assertThat(r.snapshot()).doesNotContainKey("retiredAt");

    assertThat(r.retire(RETIRED)).isTrue();
    assertThat(r.retire(RETIRED.plusSeconds(60)))
        .as("a second retirement changes nothing")
        .isFalse();
    assertThat(r.isRetired()).isTrue();
    assertThat(r.snapshot())
        .containsEntry("retiredAt", RETIRED.toString())
        .containsEntry("code", "VIP")
        .containsEntry("parkingMinutes", 60);
  }

  @Test
  void theViewSaysWhetherItMayBeDeletedOrRetired() {
    RightView never = new RightView(1, "VIP", "贵宾", null, 0, 0, null, 0);
    RightView granted = new RightView(1, "VIP", "贵宾", null, 0, 0, null, 3);
    RightView retired = new RightView(1, "VIP", "贵宾", null, 0, 0, RETIRED, 3);
    assertThat(never.isDeletable()).isTrue();
    assertThat(never.isRetired()).isFalse();
    assertThat(granted.isDeletable()).isFalse();
    assertThat(granted.isRetired()).isFalse();
    assertThat(retired.isRetired()).isTrue();
  }
}
