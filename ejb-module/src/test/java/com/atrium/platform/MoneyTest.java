package com.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @ValueSource(strings = {"0.01", "1", "88.50", "1.010", "999999.99", "1000000.00", "1E+2"})
  void acceptsFromOneFenToAMillionAtScaleTwo(String amount) {
    Money money = Money.of(new BigDecimal(amount));
    assertThat(money.amount()).isEqualByComparingTo(amount);
    assertThat(money.amount().scale()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.00", "0", "-0.01", "-5", "1000000.01", "1E+30", "1.005", "0.001"})
  void refusesZeroNegativeAboveAMillionAndFractionsOfAFen(String amount) {
    assertThatThrownBy(() -> Money.of(new BigDecimal(amount), "billAmount"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("AMOUNT_INVALID");
              assertThat(e.field()).isEqualTo("billAmount");
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            });
    assertThat(Money.isValid(new BigDecimal(amount))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000000.01", "0.00", "2.345"})
  void theConstructorRefusesTooWithTheDefaultField(String amount) {
    assertThatThrownBy(() -> new Money(new BigDecimal(amount)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("amount"));
  }

  @Test
  void refusesNothing() {
    assertThatThrownBy(() -> Money.of(null))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("AMOUNT_INVALID"));
  }

  @Test
  void equalAmountsAreEqualWhateverTheirTrailingZeros() {
    assertThat(Money.of(new BigDecimal("12.5"))).isEqualTo(Money.of(new BigDecimal("12.500")));
    assertThat(Money.of(new BigDecimal("12.5")).toString()).isEqualTo("12.50");
  }

  @Test
  void theBoundsWrittenForTheApiAreTheOnesChecked() {
    assertThat(Money.isValid(new BigDecimal(Money.MIN_TEXT))).isTrue();
    assertThat(Money.isValid(new BigDecimal(Money.MAX_TEXT))).isTrue();
    assertThat(Money.isValid(new BigDecimal(Money.MIN_TEXT).movePointLeft(1))).isFalse();
    assertThat(Money.isValid(new BigDecimal(Money.MAX_TEXT).add(new BigDecimal("0.01")))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "-50, NEGATIVE",
    "-0.001, NEGATIVE",
    "0, ZERO",
    "0.000, ZERO",
    "1000000.01, TOO_LARGE",
    "99999999999, TOO_LARGE",
    "1.005, FRACTION_OF_FEN",
    "0.01, ",
    "1000000.00, "
  })
  void namesTheFlawThatIsValidRefuses(String amount, Money.Flaw flaw) {
    assertThat(Money.flawOf(new BigDecimal(amount))).isEqualTo(Optional.ofNullable(flaw));
    assertThat(Money.isValid(new BigDecimal(amount))).isEqualTo(flaw == null);
  }
}
