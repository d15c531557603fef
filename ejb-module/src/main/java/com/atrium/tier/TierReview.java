package com.atrium.tier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The periodic review of one member, as pure arithmetic: a member whose qualifying spend has fallen
 * below their tier keeps the tier for {@code graceDays} from the first review that saw it (the
 * grace period), then drops to the tier the spend reaches, never below the operator's floor. A
 * member who qualifies again during the grace period leaves it. Running the same review twice on
 * one day gives the same result.
 */
public final class TierReview {

  /** The tier after the review and the grace start to keep (null when not in grace). */
  public record Outcome(String tier, LocalDate belowSince) {
    public boolean changes(String current) {
      return !tier.equals(current);
    }
  }

  private TierReview() {}

  public static Outcome review(
      TierLadder ladder,
      String current,
      String floor,
      BigDecimal spend,
      LocalDate belowSince,
      LocalDate today,
      int graceDays) {
    String entitled = ladder.higher(ladder.qualifiedFor(spend), floor);
    if (!ladder.isAbove(current, entitled)) {
      // qualifies for the current tier (or more: upgrades happen on the sale; the review catches
      // up)
      return new Outcome(ladder.higher(current, entitled), null);
    }
    LocalDate since = belowSince == null || belowSince.isAfter(today) ? today : belowSince;
    if (!today.isBefore(since.plusDays(graceDays))) {
      return new Outcome(entitled, null);
    }
    return new Outcome(current, since);
  }

  /**
   * On a sale: the tier the member moves up to, or the current one when the spend reaches no more.
   */
  public static String onSale(TierLadder ladder, String current, BigDecimal spend) {
    return ladder.higher(current, ladder.qualifiedFor(spend));
  }

  /**
   * On a refund: the tier the member falls back to at once, or the current one. Only an upgrade the
   * refunded sale could have brought is undone ({@code beforeUpgrade}, the tier before the first
   * spend upgrade since the sale; null when there was none): the member keeps the higher of that
   * tier, the floor and what the remaining spend reaches. Any other drop waits for the review and
   * its grace period.
   */
  public static String afterRefund(
      TierLadder ladder, String current, String floor, BigDecimal spend, String beforeUpgrade) {
    if (beforeUpgrade == null) {
      return current;
    }
    String kept = ladder.higher(ladder.higher(ladder.qualifiedFor(spend), floor), beforeUpgrade);
    return ladder.isAbove(current, kept) ? kept : current;
  }
}
