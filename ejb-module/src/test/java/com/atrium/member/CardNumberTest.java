package com.atrium.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import com.atrium.testing.Samples;
import org.junit.jupiter.api.Test;

class CardNumberTest {

  @Test
  void derivesTwelveDigitsWithACheckDigit() {
    CardNumber card = CardNumber.forMember(1000);
    assertThat(card.value()).hasSize(12).startsWith("88000001000");
    assertThat(CardNumber.parse(card.value())).isEqualTo(card);
  }

  @Test
  void everySingleDigitTypoIsCaught() {
    Samples.forAll(
        r -> {
          String good = CardNumber.forMember(Samples.between(r, 1, 999_999_999L)).value();
          int i = 2 + r.nextInt(10);
          char wrong = (char) ('0' + (good.charAt(i) - '0' + 1 + r.nextInt(9)) % 10);
          return good.substring(0, i) + wrong + good.substring(i + 1);
        },
        typo ->
            assertThatThrownBy(() -> CardNumber.parse(typo)).isInstanceOf(DomainException.class));
  }

  @Test
  void maskedKeepsTheFirstTwoAndLastFourDigits() {
    CardNumber card = CardNumber.forMember(123_456_789);
    assertThat(card.value()).startsWith("88123456789");
    assertThat(card.masked()).isEqualTo("88******789" + card.value().charAt(11));
  }

  @Test
  void refusesOtherShapes() {
    assertThatThrownBy(() -> CardNumber.parse("12345")).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> CardNumber.parse(null)).isInstanceOf(DomainException.class);
  }

  @Test
  void whatLooksLikeACardIsTwelveDigitsFrom88BlanksAndDashesAside() {
    String card = CardNumber.forMember(1000).value();
    assertThat(CardNumber.looksLikeOne(card)).isTrue();
    assertThat(CardNumber.looksLikeOne("8800 0001 000-" + card.charAt(11))).isTrue();
    // a wrong check digit still looks like a card: parse then says it is not valid
    assertThat(CardNumber.looksLikeOne("880000001009")).isTrue();
    assertThat(CardNumber.looksLikeOne("13800138000")).isFalse();
    assertThat(CardNumber.looksLikeOne("8800000010001")).isFalse();
    assertThat(CardNumber.looksLikeOne(null)).isFalse();
    assertThat(CardNumber.parse("8800-0001-000 " + card.charAt(11)))
        .isEqualTo(CardNumber.parse(card));
  }
}
