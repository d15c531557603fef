package com.atrium.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BookedPeriodTest {

  private static final Instant DAY = Instant.parse("2026-12-01T16:00:00Z");

  @Test
  void aPeriodEndsAfterItStarts() {
    assertThat(new BookedPeriod(DAY, DAY.plusSeconds(86_400)).to())
        .isEqualTo(DAY.plusSeconds(86_400));
    assertThatThrownBy(() -> new BookedPeriod(DAY, DAY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BookedPeriod(DAY, DAY.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BookedPeriod(null, DAY)).isInstanceOf(NullPointerException.class);
  }
}
