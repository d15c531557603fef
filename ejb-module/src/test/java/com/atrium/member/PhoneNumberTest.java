package com.atrium.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "13800138000",
        "+86 138 0013 8000",
        "8613800138000",
        "0086-138-0013-8000",
        "138-0013-8000"
      })
  void normalisesTheFormsPeopleType(String typed) {
    assertThat(PhoneNumber.parse(typed).digits()).isEqualTo("13800138000");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "12800138000", "1380013800", "138001380001", "abc", "+1 415 555 0100"})
  void refusesWhatIsNotAMainlandMobile(String typed) {
    assertThatThrownBy(() -> PhoneNumber.parse(typed))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("PHONE_INVALID");
  }

  @Test
  void showsItselfOnlyMasked() {
    PhoneNumber phone = PhoneNumber.parse("13812345678");
    assertThat(phone.masked()).isEqualTo("138****5678");
    assertThat(phone.toString()).isEqualTo("138****5678");
  }

  @Test
  void masksEveryMobileInsideFreeText() {
    assertThat(
            PhoneNumber.maskAll("member 13812345678 called from 15900001111; order 9138123456789"))
        .isEqualTo("member 138****5678 called from 159****1111; order 9138123456789");
  }
}
