package com.atrium.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.Money;
import com.atrium.platform.Points;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a person typed is the number judged: the sign, the decimals and the size all kept. */
class TypedNumberTest {

  @ParameterizedTest
  @CsvSource({
    "88.50, 88.50",
    "' 88.5 ', 88.5",
    "-50, -50",
    "-10.00, -10.00",
    "+7, 7",
    "1.5, 1.5",
    "0, 0",
    ".5, 0.5",
    "'99,999,999,999', 99999999999",
    "'1,000.25', 1000.25",
    "1000000.001, 1000000.001"
  })
  void keepsEverythingTyped(String typed, String number) {
    assertThat(TypedNumber.parse(typed)).contains(new BigDecimal(number));
    assertThat(TypedNumber.parse(typed).orElseThrow().scale())
        .isEqualTo(new BigDecimal(number).scale());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"abc", "12a", "1,5", "1,00", "1.2.3", "1e3", "--5", "¥50", "五十", "1 000", "-"})
  void refusesWhatIsNotANumberAsPeopleWriteOne(String typed) {
    assertThatThrownBy(() -> TypedNumber.parse(typed)).isInstanceOf(NumberFormatException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void leavesBlankToTheRequiredCheck(String typed) {
    assertThat(TypedNumber.parse(typed)).isEqualTo(Optional.empty());
    assertThat(TypedNumber.parse(null)).isEqualTo(Optional.empty());
  }

  @Test
  void everyFlawTheValueObjectsNameHasATextInBothLanguages() throws IOException {
    for (String bundle : new String[] {"", "_zh_CN"}) {
      Properties texts = new Properties();
      try (InputStream in =
          getClass().getResourceAsStream("/com/atrium/portal/messages" + bundle + ".properties")) {
        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (Money.Flaw flaw : Money.Flaw.values()) {
        assertThat(texts).containsKey("input.amount." + flaw);
      }
      for (Points.Flaw flaw : Points.Flaw.values()) {
        assertThat(texts).containsKey("input.points." + flaw);
      }
      assertThat(texts).containsKeys("input.amount.notANumber", "input.points.notANumber");
    }
  }
}
