package com.atrium.clearing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One payer's parking charges over a period: the free {@code minutes} it pays for and their {@code
 * cost} in CNY, the sum of charges the parking context rounded to the fen per settlement; {@code
 * settlements} counts the parking settlements behind them (their id span, as a line's trace). The
 * charges of settlements booked in an earlier period and released in this one are given back, one
 * per settlement ({@code released}, earliest settlement first).
 */
public record ParkingFigures(
    BigDecimal minutes, BigDecimal cost, LineTrace settlements, List<LateParkingRelease> released) {

  public static final ParkingFigures NONE =
      new ParkingFigures(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), LineTrace.NONE);

  public ParkingFigures {
    Objects.requireNonNull(minutes, "minutes");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(settlements, "settlements");
    Objects.requireNonNull(released, "released");
    if (minutes.signum() < 0 || cost.signum() < 0 || cost.scale() > 2) {
      throw new IllegalArgumentException("parking minutes and cost are at least 0, cost in fen");
    }
    released =
        released.stream()
            .sorted(
                Comparator.comparing((LateParkingRelease r) -> r.original().originalBookedAt())
                    .thenComparingLong(r -> r.original().id()))
            .toList();
  }

  /** Charges of the period, nothing released late. */
  public ParkingFigures(BigDecimal minutes, BigDecimal cost, LineTrace settlements) {
    this(minutes, cost, settlements, List.of());
  }

  /** Whether there is anything to charge in the period. */
  public boolean charged() {
    return minutes.signum() > 0 || cost.signum() > 0;
  }

  /** Whether there is anything to charge or to give back. */
  public boolean any() {
    return charged() || !released.isEmpty();
  }

  /** These figures and another's of the same payer (their settlements are apart). */
  public ParkingFigures plus(ParkingFigures other) {
    List<LateParkingRelease> both = new ArrayList<>(released);
    both.addAll(other.released);
    return new ParkingFigures(
        minutes.add(other.minutes),
        cost.add(other.cost),
        settlements.plus(other.settlements),
        both);
  }
}
