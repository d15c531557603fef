package com.atrium.clearing;

import java.util.List;

/**
 * One page of the deposit movements behind a deposit memo line, in movement id order ({@link
 * ClearingTraces#movements}); the {@code memo} parts of all pages sum to the line's memo.
 */
public record DepositPage(List<DepositMovementLine> movements, long after, int limit) {
  public DepositPage {
    movements = List.copyOf(movements);
  }
}
