package com.atrium.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A right definition as typed on the partners page: every bad field named at once. */
class RightDraftTest {

  private static final List<String> LADDER = List.of("STANDARD", "SILVER", "GOLD", "DIAMOND");

  private static List<String> fields(RightDraft d, boolean isNew) {
    return d.problems(LADDER, isNew).stream().map(p -> p.field() + ":" + p.code()).toList();
  }

  @Test
  void aGoodDraftHasNoProblemAtItsEdges() {
    assertThat(fields(new RightDraft("VIP", "贵宾", "GOLD", 0L, 0L), true)).isEmpty();
    assertThat(fields(new RightDraft("A", "x", null, 1440L, 1_000_000L), true)).isEmpty();
    assertThat(fields(new RightDraft("A_B-9", "x", "", 0L, 0L), true)).isEmpty();
    assertThat(new RightDraft("A", "x", "", 0L, 0L).floor()).isNull();
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    assertThat(fields(new RightDraft("vip", " ", "PLATINUM", -1L, -1L), true))
        .containsExactly(
            "code:RIGHT_CODE_INVALID",
            "name:RIGHT_NAME_INVALID",
            "tierFloor:RIGHT_TIER_UNKNOWN",
            "parkingMinutes:RIGHT_PARKING_INVALID",
            "wifiExtraMb:RIGHT_WIFI_INVALID");
    assertThat(fields(new RightDraft("A", "x".repeat(101), null, 1441L, 1_000_001L), true))
        .containsExactly(
            "name:RIGHT_NAME_INVALID",
            "parkingMinutes:RIGHT_PARKING_INVALID",
            "wifiExtraMb:RIGHT_WIFI_INVALID");
    assertThat(fields(new RightDraft("A".repeat(33), "x", null, null, null), true))
        .containsExactly(
            "code:RIGHT_CODE_INVALID",
            "parkingMinutes:RIGHT_PARKING_INVALID",
            "wifiExtraMb:RIGHT_WIFI_INVALID");
  }

  @Test
  void aChangeKeepsTheCodeSoItIsNotJudged() {
    assertThat(fields(new RightDraft(null, "x", "GOLD", 0L, 0L), false)).isEmpty();
  }
}
