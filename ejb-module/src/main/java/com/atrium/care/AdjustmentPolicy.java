package com.atrium.care;

import com.atrium.platform.DomainException;
import java.util.OptionalLong;

/**
 * When a manual points adjustment is booked at once and when it needs a second operator: a credit
 * or debit of 1 to {@link #MAX_POINTS} points; more points (either sign) than the configured
 * threshold wait for an approval by another login than the requester's.
 */
final class AdjustmentPolicy {

  /** No one adjusts more than this in one go, approved or not: a typo guard. */
  static final long MAX_POINTS = 10_000_000;

  enum Route {
    BOOK_NOW,
    APPROVAL
  }

  private AdjustmentPolicy() {}

  static Route route(long points, OptionalLong threshold) {
    if (points == 0 || points > MAX_POINTS || points < -MAX_POINTS) {
      throw DomainException.invalid(
          "ADJUSTMENT_POINTS_INVALID",
          "points",
          "An adjustment is 1 to " + MAX_POINTS + " points, credit or debit");
    }
    return threshold.isPresent() && Math.abs(points) > threshold.getAsLong()
        ? Route.APPROVAL
        : Route.BOOK_NOW;
  }

  /** The approver is a second person: never the login that asked (case as logins compare). */
  static void requireSecondOperator(String requestedBy, String approver) {
    if (requestedBy.equalsIgnoreCase(approver)) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "ADJUSTMENT_SAME_OPERATOR",
          null,
          "Another operator approves an adjustment, not the one who asked for it");
    }
  }
}
