package com.atrium.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SignedNumbersTest {

  @Test
  void aDifferenceHasItsSignAndSeparatorsNeverParentheses() {
    assertThat(SignedNumbers.format(1234, Locale.ENGLISH)).isEqualTo("+1,234");
    assertThat(SignedNumbers.format(-142_736, Locale.ENGLISH)).isEqualTo("\u2212142,736");
    assertThat(SignedNumbers.format(-5678, Locale.SIMPLIFIED_CHINESE)).isEqualTo("\u22125,678");
    assertThat(SignedNumbers.format(0, Locale.ENGLISH)).isEqualTo("0");
    assertThat(SignedNumbers.format(Long.MIN_VALUE, Locale.ENGLISH))
        .isEqualTo("\u22129,223,372,036,854,775,808");
  }

  @Test
  void aMultiplierIsJudgedAsTyped() {
    BigDecimal max = BigDecimal.TEN;
    assertThat(MultiplierConverter.problem(new BigDecimal("1.5"), max)).isNull();
    assertThat(MultiplierConverter.problem(new BigDecimal("10"), max)).isNull();
    assertThat(MultiplierConverter.problem(new BigDecimal("0"), max)).isNull();
    assertThat(MultiplierConverter.problem(new BigDecimal("-2"), max)).isEqualTo("NEGATIVE");
    assertThat(MultiplierConverter.problem(new BigDecimal("1000000"), max)).isEqualTo("TOO_LARGE");
    assertThat(MultiplierConverter.problem(new BigDecimal("1.23456"), max)).isEqualTo("DECIMALS");
    assertThat(TypedNumber.parse("1,000,000")).contains(new BigDecimal("1000000"));
  }
}
