package com.atrium.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.testing.Samples;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PointsAsCashTest {

  static final BigDecimal FEN = new BigDecimal("0.01");
  static final BigDecimal HALF = new BigDecimal("0.50");

  @Test
  void pointsAreWorthThePointValueRoundedDownToTheFen() {
    assertThat(PointsAsCash.valueOf(3000, FEN)).isEqualByComparingTo("30.00");
    assertThat(PointsAsCash.valueOf(1, FEN)).isEqualByComparingTo("0.01");
    assertThat(PointsAsCash.valueOf(7, new BigDecimal("0.005"))).isEqualByComparingTo("0.03");
    assertThat(PointsAsCash.valueOf(7, new BigDecimal("0.005")).scale()).isEqualTo(2);
  }

  @Test
  void theShareCapIsInclusiveAndRoundedDown() {
    BigDecimal bill = new BigDecimal("99.99");
    assertThat(PointsAsCash.maxPayable(bill, HALF)).isEqualByComparingTo("49.99");
    assertThat(PointsAsCash.maxPoints(bill, HALF, FEN)).isEqualTo(4999);
    assertThat(PointsAsCash.withinShare(4999, bill, HALF, FEN)).isTrue();
    assertThat(PointsAsCash.withinShare(5000, bill, HALF, FEN)).isFalse();
    assertThat(PointsAsCash.withinShare(1, new BigDecimal("0.01"), HALF, FEN)).isFalse();
    assertThat(PointsAsCash.withinShare(1, new BigDecimal("0.02"), HALF, FEN)).isTrue();
  }

  @Test
  void maxPointsIsTheLargestNumberWithinTheShare() {
    Samples.forAll(
        r ->
            new Object[] {
              BigDecimal.valueOf(Samples.between(r, 1, 100_000_000), 2),
              BigDecimal.valueOf(Samples.between(r, 1, 100), 2),
              BigDecimal.valueOf(Samples.between(r, 1, 50), 3)
            },
        s -> {
          BigDecimal bill = (BigDecimal) s[0];
          BigDecimal share = (BigDecimal) s[1];
          BigDecimal value = (BigDecimal) s[2];
          long max = PointsAsCash.maxPoints(bill, share, value);
          if (max > 0) {
            assertThat(PointsAsCash.withinShare(max, bill, share, value)).isTrue();
          }
          assertThat(PointsAsCash.withinShare(max + 1, bill, share, value)).isFalse();
        });
  }

  @Test
  void refusesNonPositivePoints() {
    assertThatThrownBy(() -> PointsAsCash.valueOf(0, FEN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
