package com.atrium.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each number field of the portal holds what was typed to its domain's bounds: nothing is dropped,
 * rounded or clamped, and every flaw has a text in both languages.
 */
class NumberFieldTest {

  private final NumberFields fields = new NumberFields();

  @ParameterizedTest
  @CsvSource({
    "rewardStock, 0, ",
    "rewardStock, 100000000, ",
    "rewardStock, -5, NEGATIVE",
    "rewardStock, 1.5, FRACTION",
    "rewardStock, 3.00, ",
    "rewardStock, 99999999999, TOO_LARGE",
    "perMemberLimit, 1, ",
    "perMemberLimit, 0, TOO_SMALL",
    "perMemberLimit, 1000, ",
    "perMemberLimit, 1001, TOO_LARGE",
    "couponDays, 3660, ",
    "couponDays, 3661, TOO_LARGE",
    "couponDays, 0, TOO_SMALL",
    "couponDays, -1.5, NEGATIVE",
    "overlapHours, 720, ",
    "overlapHours, 721, TOO_LARGE",
    "overlapHours, 0, TOO_SMALL",
    "baseRate, 0, ",
    "baseRate, 1.2345, ",
    "baseRate, 1.23456, DECIMALS",
    "baseRate, 1000, ",
    "baseRate, 1000.0001, TOO_LARGE",
    "baseRate, -1, NEGATIVE",
    "minimumSpend, 0, ",
    "minimumSpend, 88.50, ",
    "minimumSpend, 88.505, DECIMALS",
    "minimumSpend, 1000000.00, ",
    "minimumSpend, 1000000.01, TOO_LARGE",
    "pointsCap, 1, ",
    "pointsCap, 0, TOO_SMALL",
    "pointsCap, 100000001, TOO_LARGE",
    "campaignBonus, 0, ",
    "campaignBonus, 1.5, FRACTION",
    "campaignBudget, 0, TOO_SMALL",
    "campaignBudget, 1000000000000, ",
    "campaignBudget, 1000000000001, TOO_LARGE"
  })
  void aFieldRefusesExactlyWhatItsDomainRefuses(String field, String typed, String flaw)
      throws ReflectiveOperationException {
    NumberField bounds = field(field);
    assertThat(bounds.flawOf(new BigDecimal(typed)))
        .isEqualTo(Optional.ofNullable(flaw).map(NumberField.Flaw::valueOf));
  }

  @Test
  void theNumberIsGivenAsThePropertyTakesIt() {
    assertThat(NumberField.as(new BigDecimal("30"), int.class)).isEqualTo(30);
    assertThat(NumberField.as(new BigDecimal("3.00"), Long.class)).isEqualTo(3L);
    assertThat(NumberField.as(new BigDecimal("88.50"), BigDecimal.class))
        .isEqualTo(new BigDecimal("88.50"));
  }

  @Test
  void everyFlawAndUnitHasATextInBothLanguages() throws Exception {
    for (String bundle : new String[] {"", "_zh_CN"}) {
      Properties texts = new Properties();
      try (InputStream in =
          getClass().getResourceAsStream("/com/atrium/portal/messages" + bundle + ".properties")) {
        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (NumberField.Flaw flaw : NumberField.Flaw.values()) {
        assertThat(texts).containsKey("input.number." + flaw);
      }
      assertThat(texts).containsKey("input.number.notANumber");
      for (Method getter : NumberFields.class.getDeclaredMethods()) {
        if (getter.getName().startsWith("get")) {
          String unit = ((NumberField) getter.invoke(fields)).unit();
          assertThat(texts).as(bundle).containsKeys(unit, unit + ".one");
        }
      }
    }
  }

  private NumberField field(String name) throws ReflectiveOperationException {
    Method getter =
        NumberFields.class.getMethod(
            "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
    return (NumberField) getter.invoke(fields);
  }
}
