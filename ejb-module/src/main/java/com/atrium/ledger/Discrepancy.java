package com.atrium.ledger;

/**
 * One broken invariant found by the {@link LedgerCheck}: which rule ({@code kind}), what it was
 * found on ({@code subject}: ENTRY, ACCOUNT or LOT, with its id), and the value the rule expects
 * against the value the database holds.
 */
public record Discrepancy(String kind, String subject, long id, long expected, long actual) {

  /** An entry whose lines do not sum to zero. */
  public static final String UNBALANCED_ENTRY = "UNBALANCED_ENTRY";

  /** A member account whose stored balance differs from the sum of its lines. */
  public static final String BALANCE_NOT_SUM_OF_LINES = "BALANCE_NOT_SUM_OF_LINES";

  /** A member account whose open lots do not sum to its balance (to 0 when it is negative). */
  public static final String BALANCE_NOT_SUM_OF_LOTS = "BALANCE_NOT_SUM_OF_LOTS";

  /** A member account below zero while the policy does not allow negative balances. */
  public static final String NEGATIVE_BALANCE = "NEGATIVE_BALANCE";

  /** A lot whose net consumption is above its earned points or below zero. */
  public static final String LOT_OVERCONSUMED = "LOT_OVERCONSUMED";

  /** A lot whose remaining points differ from earned minus consumed. */
  public static final String LOT_REMAINING_NOT_EARNED_MINUS_CONSUMED =
      "LOT_REMAINING_NOT_EARNED_MINUS_CONSUMED";
}
