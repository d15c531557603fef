package com.atrium.clearing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A prepaid partner's deposit over a period, in CNY: {@code opening} + {@code toppedUp} − {@code
 * drawn} + {@code returned} = {@code closing} (drawn by exchanges in, value and fee; returned by
 * their reversals).
 */
public record DepositFigures(
    BigDecimal opening,
    BigDecimal toppedUp,
    BigDecimal drawn,
    BigDecimal returned,
    BigDecimal closing) {

  public DepositFigures {
    Objects.requireNonNull(opening, "opening");
    Objects.requireNonNull(toppedUp, "toppedUp");
    Objects.requireNonNull(drawn, "drawn");
    Objects.requireNonNull(returned, "returned");
    Objects.requireNonNull(closing, "closing");
    if (opening.add(toppedUp).subtract(drawn).add(returned).compareTo(closing) != 0) {
      throw new IllegalArgumentException(
          "a deposit closes at its opening, plus top-ups, less draws, plus returns");
    }
  }

  /** Whether anything moved the deposit in the period. */
  public boolean moved() {
    return toppedUp.signum() != 0 || drawn.signum() != 0 || returned.signum() != 0;
  }
}
