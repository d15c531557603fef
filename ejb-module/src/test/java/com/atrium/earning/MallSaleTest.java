package com.atrium.earning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MallSaleTest {

  @Test
  void aSaleCountsWhatWasNotRefundedOfIt() {
    assertThat(
            new MallSale(1, 2, new BigDecimal("300.00"), BigDecimal.ZERO, Instant.EPOCH).amount())
        .isEqualByComparingTo("300.00");
    assertThat(
            new MallSale(1, 2, new BigDecimal("300.00"), new BigDecimal("120.50"), Instant.EPOCH)
                .amount())
        .as("a partial refund takes its part away")
        .isEqualTo(new BigDecimal("179.50"));
    assertThat(
            new MallSale(1, 2, new BigDecimal("300.00"), new BigDecimal("300.00"), Instant.EPOCH)
                .amount())
        .as("a void (a refund of it all) leaves nothing")
        .isEqualTo(new BigDecimal("0.00"));
  }
}
