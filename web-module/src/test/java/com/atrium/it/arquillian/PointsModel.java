package com.atrium.it.arquillian;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately simple in-memory model of one member's points, for the property test in {@link
 * LedgerIT}: lots with their issuer, spent soonest-to-expire first; a redemption remembers what it
 * took from which lot and a cancellation gives it back, last taken first, to the same lot unless
 * that lot has expired (then to a new lot of the same issuer); a refund takes its points from the
 * sale's own lot first, then — stop at zero — from the other lots as far as they go, and counts the
 * rest as unrecovered.
 */
final class PointsModel {

  static final class Lot {
    final long id;
    final long issuer;
    final Instant earnedAt;
    final Instant expiresAt;
    long remaining;

    Lot(long id, long issuer, long points, Instant earnedAt, Instant expiresAt) {
      this.id = id;
      this.issuer = issuer;
      this.remaining = points;
      this.earnedAt = earnedAt;
      this.expiresAt = expiresAt;
    }

    @Override
    public String toString() {
      return "lot " + id + " of " + issuer + ": " + remaining;
    }
  }

  record Take(long lotId, long points) {}

  record Sale(String receipt, long tenant, long points, long cents, long lotId) {}

  final Map<Long, Lot> lots = new LinkedHashMap<>();
  final Map<Long, List<Take>> redemptions = new HashMap<>(); // issued, not verified/cancelled
  final List<Sale> sales = new ArrayList<>();
  final Map<String, long[]> refunded = new HashMap<>(); // receipt -> {cents, points}
  long unrecovered;

  long balance() {
    return lots.values().stream().mapToLong(l -> l.remaining).sum();
  }

  Map<Long, Long> openLots() {
    Map<Long, Long> open = new HashMap<>();
    lots.values().stream().filter(l -> l.remaining > 0).forEach(l -> open.put(l.id, l.remaining));
    return open;
  }

  Map<Long, Long> openByIssuer() {
    Map<Long, Long> open = new HashMap<>();
    lots.values().stream()
        .filter(l -> l.remaining > 0)
        .forEach(l -> open.merge(l.issuer, l.remaining, Long::sum));
    return open;
  }

  void earned(Lot lot, Sale sale) {
    lots.put(lot.id, lot);
    sales.add(sale);
  }

  /** Takes points soonest-to-expire first; the caller checked the balance covers them. */
  List<Take> spend(long points) {
    List<Take> takes = new ArrayList<>();
    List<Lot> order =
        lots.values().stream()
            .filter(l -> l.remaining > 0)
            .sorted(
                Comparator.comparing((Lot l) -> l.expiresAt)
                    .thenComparing(l -> l.earnedAt)
                    .thenComparing(l -> l.id))
            .toList();
    long left = points;
    for (Lot l : order) {
      if (left == 0) {
        break;
      }
      long t = Math.min(left, l.remaining);
      l.remaining -= t;
      left -= t;
      takes.add(new Take(l.id, t));
    }
    if (left != 0) {
      throw new IllegalStateException("model overdrawn");
    }
    return takes;
  }

  /**
   * Gives a cancelled redemption back; returns the issuer accounts whose points go to a new lot
   * because their own lot has expired at {@code now}, with the points each.
   */
  Map<Long, Long> cancel(long redemptionId, Instant now) {
    List<Take> takes = redemptions.remove(redemptionId);
    Map<Long, Long> toNewLots = new LinkedHashMap<>();
    for (int i = takes.size() - 1; i >= 0; i--) {
      Take t = takes.get(i);
      Lot lot = lots.get(t.lotId());
      if (now.isBefore(lot.expiresAt)) {
        lot.remaining += t.points();
      } else {
        toNewLots.merge(lot.issuer, t.points(), Long::sum);
      }
    }
    return toNewLots;
  }

  void expire(Instant now) {
    lots.values().stream().filter(l -> !l.expiresAt.isAfter(now)).forEach(l -> l.remaining = 0);
  }

  /** Pro rata on the cumulative refunded amount, rounded down; a full refund takes all. */
  long refundPoints(Sale sale, long cents) {
    long[] before = refunded.getOrDefault(sale.receipt(), new long[2]);
    long total = before[0] + cents;
    long target = total == sale.cents() ? sale.points() : sale.points() * total / sale.cents();
    return target - before[1];
  }

  /** Applies a STOP_AT_ZERO refund; returns {reversed, recovered, unrecovered}. */
  long[] refund(Sale sale, long cents) {
    long points = refundPoints(sale, cents);
    long[] before = refunded.getOrDefault(sale.receipt(), new long[2]);
    refunded.put(sale.receipt(), new long[] {before[0] + cents, before[1] + points});
    if (points == 0) {
      return new long[3];
    }
    Lot own = lots.get(sale.lotId());
    long reversed = Math.min(points, own.remaining);
    own.remaining -= reversed;
    long spent = points - reversed;
    long recovered = Math.min(spent, balance());
    if (recovered > 0) {
      spend(recovered);
    }
    unrecovered += spent - recovered;
    return new long[] {reversed, recovered, spent - recovered};
  }
}
