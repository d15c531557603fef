package com.atrium.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which lots a debit takes its points from: soonest-to-expire first, ties by when the lot was
 * earned and then by its id, so the order is total and the same on every run. Pure arithmetic;
 * {@link Lots} applies it to the locked lots, for a debit, a credit's reversal and an expiry alike.
 *
 * <p>Invariant: the takes sum to {@code min(points, sum of the lots' remaining points)}, no take
 * exceeds its lot's remaining points, and a lot is only touched once every lot before it in the
 * order is empty.
 */
public final class ConsumptionPlan {

  /** A lot with points left, as the plan sees it. */
  public record OpenLot(long lotId, long remaining, Instant expiresAt, Instant earnedAt) {
    public OpenLot {
      if (remaining <= 0) {
        throw new IllegalArgumentException("an open lot has points left");
      }
    }
  }

  /** Points taken from one lot. */
  public record Take(long lotId, long points) {}

  static final Comparator<OpenLot> ORDER =
      Comparator.comparing(OpenLot::expiresAt)
          .thenComparing(OpenLot::earnedAt)
          .thenComparingLong(OpenLot::lotId);

  private final List<Take> takes;
  private final long uncovered;

  private ConsumptionPlan(List<Take> takes, long uncovered) {
    this.takes = List.copyOf(takes);
    this.uncovered = uncovered;
  }

  /** Plans taking {@code points} from the lots, in consumption order, as far as they reach. */
  public static ConsumptionPlan of(List<OpenLot> lots, long points) {
    if (points <= 0) {
      throw new IllegalArgumentException("a debit takes a positive number of points");
    }
    List<OpenLot> ordered = new ArrayList<>(lots);
    ordered.sort(ORDER);
    List<Take> takes = new ArrayList<>();
    long left = points;
    for (OpenLot lot : ordered) {
      if (left == 0) {
        break;
      }
      long take = Math.min(left, lot.remaining());
      takes.add(new Take(lot.lotId(), take));
      left -= take;
    }
    return new ConsumptionPlan(takes, left);
  }

  /** Takes already decided (a credit's reversal takes each issuer's part from its own lot). */
  static ConsumptionPlan ofTakes(List<Take> takes, long uncovered) {
    return new ConsumptionPlan(takes, uncovered);
  }

  /** The lots to take from, in consumption order. */
  public List<Take> takes() {
    return takes;
  }

  /** Points the lots could not cover (0 when the member has enough). */
  public long uncovered() {
    return uncovered;
  }

  public long covered() {
    return takes.stream().mapToLong(Take::points).sum();
  }
}
