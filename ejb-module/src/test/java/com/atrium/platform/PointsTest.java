package com.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

  @ParameterizedTest
  @CsvSource({
    "-50, NEGATIVE",
    "0, ZERO",
    "0.00, ZERO",
    "1.5, FRACTION",
    "100000000.5, FRACTION",
    "100000001, TOO_LARGE",
    "99999999999, TOO_LARGE",
    "1, ",
    "2000.00, ",
    "100000000, "
  })
  void namesTheFlawOfATypedNumber(String typed, Points.Flaw flaw) {
    assertThat(Points.flawOf(new BigDecimal(typed))).isEqualTo(Optional.ofNullable(flaw));
    if (flaw == null) {
      assertThat(Points.isValid(new BigDecimal(typed).longValueExact())).isTrue();
    }
  }
}
