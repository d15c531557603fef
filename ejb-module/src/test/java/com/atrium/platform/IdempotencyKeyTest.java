package com.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

  @Test
  void acceptsOneToAHundredCharacters() {
    assertThat(new IdempotencyKey("k").value()).isEqualTo("k");
    assertThat(new IdempotencyKey("x".repeat(100)).value()).hasSize(100);
    assertThat(IdempotencyKey.ofHeader(" key with blanks ").value()).isEqualTo(" key with blanks ");
  }

  @Test
  void anAbsentHeaderIsNoKey() {
    assertThat(IdempotencyKey.ofHeader(null)).isNull();
    assertThat(IdempotencyKey.text(null)).isNull();
    assertThat(IdempotencyKey.text(new IdempotencyKey("abc"))).isEqualTo("abc");
  }

  @Test
  void refusesBlankEmptyAndTooLong() {
    for (String bad : new String[] {"", " ", "\t", "x".repeat(101)}) {
      assertThatThrownBy(() -> IdempotencyKey.ofHeader(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              DomainException.class,
              e -> {
                assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_INVALID");
                assertThat(e.field()).isEqualTo("Idempotency-Key");
              });
    }
    assertThatThrownBy(() -> new IdempotencyKey(null)).isInstanceOf(DomainException.class);
  }
}
