package com.atrium.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a (partial) reversal gives points back or takes them back. For a credit, {@link #proRata}
 * splits the points across the issuers that funded it. For a debit, its consumptions form a stack
 * in the order they were taken; successive reversals of the same debit undo it from the top: the
 * points the debit could not cover from lots (an allowed overdraft) first, then the last lot taken
 * from, and so on. Each share goes back to its own lot when that lot has not expired at the
 * reversal's time, else to a new lot of the same issuer ({@link Restore#toNewLot()}). Pure
 * arithmetic; {@link LedgerPostings} applies it.
 *
 * <p>Invariant: the restores plus the repaid overdraft sum to the points reversed, and no lot gets
 * back more than the debit took from it, however the reversal is split.
 */
public final class ReversalPlan {

  /** Points a debit took from one lot, in the order taken. */
  public record Consumed(long lotId, long issuerAccountId, long points, Instant expiresAt) {}

  /** Points to give back for one lot: to the lot itself, or to a new lot of its issuer. */
  public record Restore(long lotId, long issuerAccountId, long points, boolean toNewLot) {}

  private final long overdraftRepaid;
  private final List<Restore> restores;

  private ReversalPlan(long overdraftRepaid, List<Restore> restores) {
    this.overdraftRepaid = overdraftRepaid;
    this.restores = List.copyOf(restores);
  }

  /**
   * @param consumed what the debit took from lots, in the order it took them
   * @param uncovered what the debit took beyond its lots (an allowed overdraft), 0 normally
   * @param alreadyReversed points of this debit reversed by earlier reversals
   * @param points points to reverse now; at most what is left to reverse
   * @param at the reversal's time, which decides whether a lot has expired
   */
  public static ReversalPlan forDebit(
      List<Consumed> consumed, long uncovered, long alreadyReversed, long points, Instant at) {
    long total = uncovered + consumed.stream().mapToLong(Consumed::points).sum();
    if (points <= 0 || alreadyReversed < 0 || alreadyReversed + points > total) {
      throw new IllegalArgumentException(
          "cannot reverse " + points + " of " + total + " with " + alreadyReversed + " reversed");
    }
    long skip = alreadyReversed; // undone by earlier reversals, from the top of the stack
    long left = points;
    long fromOverdraft = Math.min(Math.max(uncovered - skip, 0), left);
    skip = Math.max(skip - uncovered, 0);
    left -= fromOverdraft;
    List<Restore> restores = new ArrayList<>();
    for (int i = consumed.size() - 1; i >= 0 && left > 0; i--) {
      Consumed c = consumed.get(i);
      long available = c.points() - Math.min(skip, c.points());
      skip -= Math.min(skip, c.points());
      if (available == 0) {
        continue;
      }
      long give = Math.min(available, left);
      boolean expired = !at.isBefore(c.expiresAt());
      restores.add(new Restore(c.lotId(), c.issuerAccountId(), give, expired));
      left -= give;
    }
    return new ReversalPlan(fromOverdraft, restores);
  }

  /**
   * What one issuer funded of a credit, and its lot of that credit: {@code lotId} 0 and {@code
   * lotRemaining} 0 when the credit opened none for it (it repaid an overdraft).
   */
  public record Funded(long issuerAccountId, long points, long lotId, long lotRemaining) {}

  /** One issuer's part of a credit's reversal: taken back from its lot, or left to settle. */
  public record Part(long issuerAccountId, long lotId, long taken, long notReversed) {}

  /**
   * Plans a (partial) reversal of a credit issuer by issuer: {@link #proRata} decides each issuer's
   * part, taken from the issuer's own lot as far as the lot still holds it; the rest (points the
   * member spent) is that issuer's {@link Part#notReversed()}. Issuers whose part is 0 are left
   * out.
   */
  public static List<Part> forCredit(List<Funded> funders, long alreadyAsked, long points) {
    long[] parts =
        proRata(funders.stream().mapToLong(Funded::points).toArray(), alreadyAsked, points);
    List<Part> plan = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      Funded f = funders.get(i);
      if (parts[i] > 0) {
        long taken = Math.min(parts[i], f.lotRemaining());
        plan.add(new Part(f.issuerAccountId(), f.lotId(), taken, parts[i] - taken));
      }
    }
    return plan;
  }

  /**
   * Splits {@code points} of a credit's reversal across the issuers that funded it, pro rata to
   * what each funded, cumulatively: after reversals asked for {@code c} points in all, issuer i has
   * been asked for {@link #shares}(funded, c)[i]; this reversal's part is that at {@code
   * alreadyAsked + points} less that at {@code alreadyAsked}. So rounding never drifts, no part is
   * negative, no issuer is ever asked for more than it funded, and the reversal that completes the
   * credit leaves every issuer fully reversed.
   *
   * @param funded points each issuer funded, in the credit's order (the order its lots were opened)
   * @param alreadyAsked points earlier reversals of the credit were asked for, reversed or not
   * @param points points to reverse now, at most what is left
   * @return this reversal's part for each issuer, in the order of {@code funded}
   */
  public static long[] proRata(long[] funded, long alreadyAsked, long points) {
    long total = Arrays.stream(funded).sum();
    if (points <= 0 || alreadyAsked < 0 || alreadyAsked + points > total) {
      throw new IllegalArgumentException(
          "cannot reverse " + points + " of " + total + " with " + alreadyAsked + " asked");
    }
    long[] before = shares(funded, alreadyAsked);
    long[] after = shares(funded, alreadyAsked + points);
    long[] parts = new long[funded.length];
    for (int i = 0; i < funded.length; i++) {
      parts[i] = after[i] - before[i];
    }
    return parts;
  }

  /**
   * Splits {@code total} (at most the weights' sum) in proportion to {@code weights}, point by
   * point: each next point goes to the share furthest below its exact quota at that count, ties to
   * the lower index. Each share is then its exact quota rounded down or up (most often as largest
   * remainder rounds it), the shares sum exactly to {@code total}, and every share only grows with
   * {@code total} — which largest remainder applied afresh to each total does not promise with
   * three weights (the "Alabama paradox"), and cumulative reversals need.
   */
  public static long[] shares(long[] weights, long total) {
    long sum = Arrays.stream(weights).sum();
    if (total < 0 || total > sum) {
      throw new IllegalArgumentException("cannot share " + total + " of " + sum);
    }
    long[] shares = new long[weights.length];
    for (long k = 1; k <= total; k++) {
      // the deficit k × w / sum − share, scaled by sum
      int furthest = 0;
      long deficit = Long.MIN_VALUE;
      for (int i = 0; i < weights.length; i++) {
        long d = Math.multiplyExact(k, weights[i]) - Math.multiplyExact(shares[i], sum);
        if (d > deficit) {
          deficit = d;
          furthest = i;
        }
      }
      shares[furthest]++;
    }
    return shares;
  }

  /** Points that repay the overdraft this debit caused; they go to no lot. */
  public long overdraftRepaid() {
    return overdraftRepaid;
  }

  public List<Restore> restores() {
    return restores;
  }
}
