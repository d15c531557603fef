package com.atrium.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day's link codes per member reference and per phone, at their edges. */
class LinkCodeLimitTest {

  private static void refused(LinkCodeLimit limit, long byRef, long byPhone) {
    assertThatThrownBy(() -> limit.check(byRef, byPhone))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("LINK_CODE_LIMIT");
              assertThat(e.kind()).isEqualTo(DomainException.Kind.TOO_MANY);
              assertThat(e.field()).isNull();
            });
  }

  @Test
  void theFifthRequestPassesAndTheSixthIsRefused() {
    LinkCodeLimit limit = new LinkCodeLimit(5, 5);
    assertThatCode(() -> limit.check(4, 4)).doesNotThrowAnyException();
    refused(limit, 5, 0);
    refused(limit, 0, 5);
  }

  @Test
  void theRefusalIsTheSameWhicheverCountIsReached() {
    LinkCodeLimit limit = new LinkCodeLimit(3, 7);
    String byRef = message(() -> limit.check(3, 0));
    String byPhone = message(() -> limit.check(0, 7));
    assertThat(byRef).isEqualTo(byPhone);
  }

  @Test
  void zeroMeansNoLimit() {
    assertThatCode(() -> new LinkCodeLimit(0, 0).check(1_000, 1_000)).doesNotThrowAnyException();
    refused(new LinkCodeLimit(0, 2), 1_000, 2);
  }

  @Test
  void aPhonesKeyIsEqualWithinOnePartnersDayOnly() {
    LocalDate day = LocalDate.of(2026, 12, 3);
    String key = LinkRequest.phoneKey(7, day, "13800138000");
    assertThat(LinkRequest.phoneKey(7, day, "13800138000")).isEqualTo(key).hasSize(64);
    assertThat(LinkRequest.phoneKey(8, day, "13800138000")).isNotEqualTo(key);
    assertThat(LinkRequest.phoneKey(7, day.plusDays(1), "13800138000")).isNotEqualTo(key);
    assertThat(LinkRequest.phoneKey(7, day, "13800138001")).isNotEqualTo(key);
  }

  private static String message(Runnable r) {
    try {
      r.run();
      throw new AssertionError("not refused");
    } catch (DomainException e) {
      return e.getMessage();
    }
  }
}
