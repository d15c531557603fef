package com.atrium.parking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SaleCopyWindowTest {

  static final Instant NOW = Instant.parse("2026-12-04T04:00:00Z");

  @Test
  void theCopyCoversExactlyTheConfiguredDaysBackFromNow() {
    SaleCopyWindow window = new SaleCopyWindow(3);
    assertThat(window.start(NOW)).isEqualTo(Instant.parse("2026-12-01T04:00:00Z"));
    assertThat(window.covers(Instant.parse("2026-12-01T04:00:00Z"), NOW)).isTrue();
    assertThat(window.covers(Instant.parse("2026-12-01T03:59:59.999Z"), NOW)).isFalse();
    assertThat(window.covers(Instant.parse("2026-12-03T16:00:00Z"), NOW)).isTrue();
  }

  @Test
  void aWindowOutsideOneToThirtyOneDaysIsRefusedAtStart() {
    assertThat(new SaleCopyWindow(31).start(NOW)).isEqualTo(Instant.parse("2026-11-03T04:00:00Z"));
    assertThatThrownBy(() -> new SaleCopyWindow(0))
        .hasMessage("atrium.parking.sale-copy-days must be 1-31, not 0");
    assertThatThrownBy(() -> new SaleCopyWindow(32))
        .hasMessage("atrium.parking.sale-copy-days must be 1-31, not 32");
  }
}
