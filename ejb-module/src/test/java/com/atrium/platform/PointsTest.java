package com.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PointsTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 3000, 99_999_999, 100_000_000})
  void acceptsOneToAHundredMillion(long value) {
    assertThat(Points.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, 100_000_001, Long.MAX_VALUE, Long.MIN_VALUE})
  void refusesNoneNegativeAndTooMany(long value) {
    assertThatThrownBy(() -> Points.of(value, "points"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("POINTS_INVALID");
              assertThat(e.field()).isEqualTo("points");
            });
    assertThatThrownBy(() -> new Points(value)).isInstanceOf(DomainException.class);
  }
}
