package com.atrium.parking;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParkingSettlementTest {

  static final Instant SETTLED = Instant.parse("2026-12-03T07:00:00Z");

  @Test
  void aSettlementIsReleasableWithinTheWindowOnly() {
    ParkingSettlement s =
        new ParkingSettlement(
            1L,
            "S-1",
            "hash",
            new BoundPlate(7L, 8L, "沪A·****45"),
            LocalDate.of(2026, 12, 3),
            SETTLED.minusSeconds(3600),
            SETTLED,
            1000,
            0,
            QuoteCalculator.Perks.none(60, 1000),
            SETTLED);
    Duration window = Duration.ofMinutes(15);

    assertThatCode(() -> s.requireReleasable(SETTLED.plus(window), window))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> s.requireReleasable(SETTLED.plus(window).plusSeconds(1), window))
        .isInstanceOfSatisfying(
            DomainException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.code())
                    .isEqualTo("PARKING_RELEASE_TOO_LATE"));
  }
}
