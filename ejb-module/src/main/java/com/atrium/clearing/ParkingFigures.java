package com.atrium.clearing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One payer's parking charges over a period: the free {@code minutes} it pays for and their {@code
 * cost} in CNY, the sum of charges the parking context rounded to the fen per settlement; {@code
 * settlements} counts the parking settlements behind them (their id span, as a line's trace).
 */
public record ParkingFigures(BigDecimal minutes, BigDecimal cost, LineTrace settlements) {

  public static final ParkingFigures NONE =
      new ParkingFigures(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), LineTrace.NONE);

  public ParkingFigures {
    Objects.requireNonNull(minutes, "minutes");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(settlements, "settlements");
    if (minutes.signum() < 0 || cost.signum() < 0 || cost.scale() > 2) {
      throw new IllegalArgumentException("parking minutes and cost are at least 0, cost in fen");
    }
  }

  /** Whether there is anything to charge. */
  public boolean any() {
    return minutes.signum() > 0 || cost.signum() > 0;
  }
}
