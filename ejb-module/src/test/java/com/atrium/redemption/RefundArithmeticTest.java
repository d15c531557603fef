package com.atrium.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.testing.Samples;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefundArithmeticTest {

  static long take(long points, String amount, String before, long pointsBefore, String refund) {
    return RefundArithmetic.pointsToTakeBack(
        points,
        new BigDecimal(amount),
        new BigDecimal(before),
        pointsBefore,
        new BigDecimal(refund));
  }

  @Test
  void aFullRefundTakesEveryPoint() {
    assertThat(take(88, "88.80", "0", 0, "88.80")).isEqualTo(88);
  }

  @Test
  void aPartialRefundTakesTheProRataShareRoundedDown() {
    assertThat(take(100, "100.00", "0", 0, "40.00")).isEqualTo(40);
    assertThat(take(88, "88.80", "0", 0, "10.00")).isEqualTo(9); // 9.909.. -> 9
    assertThat(take(10, "30.00", "0", 0, "10.00")).isEqualTo(3); // 3.33.. -> 3
    assertThat(take(1, "100.00", "0", 0, "99.99")).isZero();
  }

  @Test
  void theLastRefundSettlesWhatRoundingLeft() {
    // three refunds of a third: 3, then 6-3 = 3, then all 10 - 6 = 4
    assertThat(take(10, "30.00", "0", 0, "10.00")).isEqualTo(3);
    assertThat(take(10, "30.00", "10.00", 3, "10.00")).isEqualTo(3);
    assertThat(take(10, "30.00", "20.00", 6, "10.00")).isEqualTo(4);
  }

  @Test
  void refundsBeyondTheSaleAreRefused() {
    assertThatThrownBy(() -> take(10, "30.00", "20.00", 6, "10.01"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anySplitOfRefundsTakesBackWhatOneRefundOfTheSameTotalWould() {
    Samples.forAll(
        r -> {
          long cents = Samples.between(r, 1, 10_000_000);
          long points = Samples.between(r, 0, 100_000);
          List<Long> parts = new ArrayList<>();
          long left = cents;
          while (left > 0 && parts.size() < 6) {
            long p = parts.size() == 5 || r.nextInt(3) == 0 ? left : Samples.between(r, 1, left);
            parts.add(p);
            left -= p;
          }
          return new Object[] {cents, points, parts};
        },
        s -> {
          long cents = (Long) s[0];
          long points = (Long) s[1];
          @SuppressWarnings("unchecked")
          List<Long> parts = (List<Long>) s[2];
          BigDecimal amount = BigDecimal.valueOf(cents, 2);
          BigDecimal refunded = BigDecimal.ZERO.setScale(2);
          long taken = 0;
          for (long p : parts) {
            BigDecimal refund = BigDecimal.valueOf(p, 2);
            long t = RefundArithmetic.pointsToTakeBack(points, amount, refunded, taken, refund);
            assertThat(t).isNotNegative();
            refunded = refunded.add(refund);
            taken += t;
            long oneRefund =
                refunded.compareTo(amount) == 0
                    ? points
                    : RefundArithmetic.pointsToTakeBack(
                        points, amount, BigDecimal.ZERO, 0, refunded);
            assertThat(taken).isEqualTo(oneRefund).isLessThanOrEqualTo(points);
          }
          if (refunded.compareTo(amount) == 0) {
            assertThat(taken).isEqualTo(points);
          }
        });
  }
}
