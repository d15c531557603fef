package com.atrium.parking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlateNumberTest {

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource({
    "沪B54321, 沪B54321, 沪B·***21",
    "沪b 54321, 沪B54321, 沪B·***21",
    "沪B·54321, 沪B54321, 沪B·***21",
    "京A-5D2X8, 京A5D2X8, 京A·***X8",
    "沪ＡＤ１２３４５, 沪AD12345, 沪A·****45",
    "沪AD12345, 沪AD12345, 沪A·****45",
    "粤BFA1234, 粤BFA1234, 粤B·****34",
    "粤B12345D, 粤B12345D, 粤B·****5D",
    "京A0006警, 京A0006警, 京A·***6警",
    "沪A1234学, 沪A1234学, 沪A·***4学",
    "鲁B1234挂, 鲁B1234挂, 鲁B·***4挂",
    "沪A1234领, 沪A1234领, 沪A·***4领",
    "粤Z1234港, 粤Z1234港, 粤Z·***4港",
    "使014578, 使014578, 使·****78",
  })
  void realFormatsAreNormalisedAndMasked(String typed, String normalised, String masked) {
    PlateNumber plate = PlateNumber.of(typed);
    assertThat(plate.value()).isEqualTo(normalised);
    assertThat(plate.masked()).isEqualTo(masked);
    assertThat(plate.toString()).as("logs see the masked form").isEqualTo(masked);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "沪B5432", // 6 characters
        "沪B543210X", // 9 characters
        "AB54321", // no province
        "哈B54321", // not a province abbreviation
        "沪154321", // no issuing office letter
        "沪BI4321", // I is never in a serial
        "沪BO4321", // nor O
        "沪AX12345", // 8 characters without the new-energy letter
        "沪A1234使", // 使 is not a suffix
        "沪B5432!",
      })
  void wrongPlatesAreAClearProblem(String typed) {
    assertThatThrownBy(() -> PlateNumber.of(typed))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("PLATE_INVALID");
              assertThat(e.field()).isEqualTo("plate");
              assertThat(e.getMessage()).doesNotContain(typed);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aMissingPlateIsRequired(String typed) {
    assertThatThrownBy(() -> PlateNumber.of(typed))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("PLATE_REQUIRED"));
  }
}
