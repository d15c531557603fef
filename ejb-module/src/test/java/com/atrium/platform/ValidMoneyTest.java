package com.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API's check of an amount is Money's own: what one accepts, the other does. */
class ValidMoneyTest {

  private final ValidMoney.Check check = new ValidMoney.Check();

  @ParameterizedTest
  @ValueSource(
      strings = {"0.00", "0.01", "1.005", "1.010", "-1", "1000000.00", "1000000.01", "1E+30", "7"})
  void agreesWithMoney(String amount) {
    BigDecimal value = new BigDecimal(amount);
    boolean money;
    try {
      Money.of(value);
      money = true;
    } catch (DomainException e) {
      money = false;
    }
    assertThat(check.isValid(value, null)).isEqualTo(money);
  }

  @Test
  void leavesAMissingAmountToNotNull() {
    assertThat(check.isValid(null, null)).isTrue();
  }
}
