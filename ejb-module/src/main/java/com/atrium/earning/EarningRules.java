package com.atrium.earning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a sale amount into points: amount × base rate × tenant multiplier, rounded down to a whole
 * point (a member never gets a point that was not fully earned). The explanation splits the total
 * into the base-rate points and what the tenant's multiplier added (or took away, below 1).
 */
public final class EarningRules {

  private EarningRules() {}

  public static Evaluation evaluate(BigDecimal amount, BigDecimal baseRate, BigDecimal multiplier) {
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("amount must be positive");
    }
    long base = amount.multiply(baseRate).setScale(0, RoundingMode.FLOOR).longValueExact();
    long total =
        amount
            .multiply(baseRate)
            .multiply(multiplier)
            .setScale(0, RoundingMode.FLOOR)
            .longValueExact();
    List<Contribution> parts = new ArrayList<>();
    parts.add(new Contribution("BASE_RATE", null, base));
    if (multiplier.compareTo(BigDecimal.ONE) != 0) {
      parts.add(
          new Contribution(
              "TENANT_MULTIPLIER", multiplier.stripTrailingZeros().toPlainString(), total - base));
    }
    return new Evaluation(total, parts);
  }
}
