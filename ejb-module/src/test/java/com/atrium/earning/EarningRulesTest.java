package com.atrium.earning;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.testing.Samples;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EarningRulesTest {

  private static final BigDecimal ONE = BigDecimal.ONE;

  @Test
  void baseRateOnlyRoundsDown() {
    Evaluation e = EarningRules.evaluate(new BigDecimal("88.99"), ONE, ONE);
    assertThat(e.points()).isEqualTo(88);
    assertThat(e.contributions()).containsExactly(new Contribution("BASE_RATE", null, 88));
  }

  @Test
  void multiplierAddsItsShareAndIsExplained() {
    Evaluation e = EarningRules.evaluate(new BigDecimal("100.00"), ONE, new BigDecimal("1.5"));
    assertThat(e.points()).isEqualTo(150);
    assertThat(e.contributions())
        .containsExactly(
            new Contribution("BASE_RATE", null, 100),
            new Contribution("TENANT_MULTIPLIER", "1.5", 50));
  }

  @Test
  void aMultiplierBelowOneTakesPointsAway() {
    Evaluation e = EarningRules.evaluate(new BigDecimal("99.00"), ONE, new BigDecimal("0.5"));
    assertThat(e.points()).isEqualTo(49);
    assertThat(e.contributions()).extracting(Contribution::points).containsExactly(99L, -50L);
  }

  @Test
  void roundingEdges() {
    assertThat(EarningRules.evaluate(new BigDecimal("0.99"), ONE, ONE).points()).isZero();
    assertThat(EarningRules.evaluate(new BigDecimal("1.00"), ONE, ONE).points()).isEqualTo(1);
    // 0.67 x 1.5 = 1.005: a point is only given when fully earned
    assertThat(EarningRules.evaluate(new BigDecimal("0.67"), ONE, new BigDecimal("1.5")).points())
        .isEqualTo(1);
    assertThat(EarningRules.evaluate(new BigDecimal("0.66"), ONE, new BigDecimal("1.5")).points())
        .isZero();
    assertThat(
            EarningRules.evaluate(new BigDecimal("1000000.00"), ONE, new BigDecimal("2")).points())
        .isEqualTo(2_000_000);
  }

  @Test
  void contributionsAlwaysSumToTheTotalAndTheTotalIsTheFloor() {
    Samples.forAll(
        r ->
            new BigDecimal[] {
              BigDecimal.valueOf(Samples.between(r, 1, 100_000_000L), 2),
              BigDecimal.valueOf(Samples.between(r, 0, 500), 2)
            },
        s -> {
          BigDecimal amount = s[0];
          BigDecimal multiplier = s[1];
          Evaluation e = EarningRules.evaluate(amount, ONE, multiplier);
          long sum = e.contributions().stream().mapToLong(Contribution::points).sum();
          assertThat(sum).isEqualTo(e.points());
          BigDecimal exact = amount.multiply(multiplier);
          assertThat(BigDecimal.valueOf(e.points())).isLessThanOrEqualTo(exact);
          assertThat(BigDecimal.valueOf(e.points() + 1)).isGreaterThan(exact);
        });
  }

  @Test
  void explanationSurvivesStorage() {
    Evaluation e = EarningRules.evaluate(new BigDecimal("123.45"), ONE, new BigDecimal("1.2"));
    assertThat(Evaluation.fromJson(e.toJson())).isEqualTo(e);
    assertThat(e.toJson())
        .isEqualTo(
            "{\"rules\":[{\"rule\":\"BASE_RATE\",\"points\":123},"
                + "{\"rule\":\"TENANT_MULTIPLIER\",\"multiplier\":\"1.2\",\"points\":25}],\"total\":148}");
  }
}
