package com.atrium.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How a (partial) reversal of a debit gives points back. A debit's consumptions form a stack in the
 * order they were taken; successive reversals of the same debit undo it from the top: the points
 * the debit could not cover from lots (an allowed overdraft) first, then the last lot taken from,
 * and so on. Each share goes back to its own lot when that lot has not expired at the reversal's
 * time, else to a new lot of the same issuer ({@link Restore#toNewLot()}). Pure arithmetic; {@link
 * LedgerPostings} applies it.
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

  /** Points that repay the overdraft this debit caused; they go to no lot. */
  public long overdraftRepaid() {
    return overdraftRepaid;
  }

  public List<Restore> restores() {
    return restores;
  }
}
