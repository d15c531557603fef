package com.atrium.earning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"R", "7", "R-20261123-0001", "a_b.c/d-e", "X1"})
  void acceptsLettersDigitsAndTheTillsSeparators(String raw) {
    assertThat(ReceiptNumber.of(raw).value()).isEqualTo(raw);
    assertThat(ReceiptNumber.isWellFormed(raw)).isTrue();
  }

  @Test
  void takesSixtyFourCharactersAndNotSixtyFive() {
    assertThat(ReceiptNumber.of("R".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> ReceiptNumber.of("R".repeat(65))).isInstanceOf(DomainException.class);
  }

  @Test
  void surroundingBlanksAreDroppedButTheApiShapeIsAsSent() {
    assertThat(ReceiptNumber.of("  R-1 ").value()).isEqualTo("R-1");
    assertThat(ReceiptNumber.isWellFormed(" R-1")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a b", "-R1", "_R1", "R#1", "小票1", "R\t1"})
  void refusesAnythingElseWithItsCodeAndField(String raw) {
    assertThatThrownBy(() -> ReceiptNumber.of(raw))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("RECEIPT_NUMBER_INVALID");
              assertThat(e.field()).isEqualTo("receiptNumber");
            });
    assertThatThrownBy(() -> ReceiptNumber.of(null)).isInstanceOf(DomainException.class);
  }

  @Test
  void aReferenceWrittenLikeAReceiptIsRefusedUnderItsOwnCode() {
    assertThat(ReceiptNumber.of("P-1", "PAYMENT_REFERENCE_INVALID", "paymentReference").value())
        .isEqualTo("P-1");
    assertThatThrownBy(
            () -> ReceiptNumber.of("P 1", "PAYMENT_REFERENCE_INVALID", "paymentReference"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("PAYMENT_REFERENCE_INVALID");
              assertThat(e.field()).isEqualTo("paymentReference");
            });
  }

  @Test
  void theApiChecksTheTextAsSentByTheSameRule() {
    ValidReceiptNumber.Check check = new ValidReceiptNumber.Check();
    assertThat(check.isValid("R-1", null)).isTrue();
    assertThat(check.isValid("R".repeat(64), null)).isTrue();
    assertThat(check.isValid("R".repeat(65), null)).isFalse();
    assertThat(check.isValid(" R-1", null)).isFalse();
    assertThat(check.isValid("", null)).isFalse();
    assertThat(check.isValid("a b", null)).isFalse();
    assertThat(check.isValid(null, null)).isTrue();
  }
}
