package com.atrium.clearing;

/**
 * A prepaid tenant's block of points at the start of a period ({@code opening}, never negative: an
 * overdraft is billed, not carried) and the points it bought during the period.
 */
public record PrepaidBlock(long opening, long purchased) {
  public PrepaidBlock {
    if (opening < 0 || purchased < 0) {
      throw new IllegalArgumentException("a block holds and buys points, never below zero");
    }
  }
}
