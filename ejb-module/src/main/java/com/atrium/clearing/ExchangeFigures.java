package com.atrium.clearing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A partner's exchanges of one direction priced at one cost per point (its agreement's), as a
 * period's statement counts them: made in the period ({@code undone} false), or undone in it
 * (rejected or reversed: {@code undone} true); {@code fromDeposit} when the exchanges (in) were
 * paid from the partner's prepaid deposit when made, whatever its mode now. An undoing of an
 * exchange made in an earlier period names its {@code original} and is an adjustment line of its
 * own; every other figure has none. {@code fees} are the exchanges' fees, each rounded to the fen
 * by the agreement when it was made.
 */
public record ExchangeFigures(
    Direction direction,
    boolean undone,
    boolean fromDeposit,
    BigDecimal costPerPoint,
    long points,
    BigDecimal fees,
    LineTrace trace,
    Adjustment original) {

  /** IN: partner units to mall points (the partner funds them); OUT: mall points to the partner. */
  public enum Direction {
    IN,
    OUT
  }

  public ExchangeFigures {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(trace, "trace");
    // an agreement's cost per point is numeric(6, 4), at least 0 (V32): it may pass a tenant's
    // bound
    if (costPerPoint == null
        || costPerPoint.signum() < 0
        || costPerPoint.stripTrailingZeros().scale() > 4) {
      throw new IllegalArgumentException("a cost per point is CNY, at least 0, 4 decimals at most");
    }
    if (points <= 0 || fees == null || fees.signum() < 0 || fees.scale() > 2) {
      throw new IllegalArgumentException("exchanged points are positive, fees fen at least 0");
    }
    if (fromDeposit && direction != Direction.IN) {
      throw new IllegalArgumentException("only exchanges in are drawn from a deposit");
    }
    if (original != null && !undone) {
      throw new IllegalArgumentException("only an undoing names an original of an earlier period");
    }
  }

  /** Figures made by hand (no entries behind them, nothing late). */
  public ExchangeFigures(
      Direction direction,
      boolean undone,
      boolean fromDeposit,
      BigDecimal costPerPoint,
      long points,
      BigDecimal fees) {
    this(direction, undone, fromDeposit, costPerPoint, points, fees, LineTrace.NONE, null);
  }

  /** Figures made by hand, charged (not drawn from a deposit). */
  public ExchangeFigures(
      Direction direction, boolean undone, BigDecimal costPerPoint, long points, BigDecimal fees) {
    this(direction, undone, false, costPerPoint, points, fees);
  }
}
