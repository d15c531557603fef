package com.atrium.ledger;

import java.time.Instant;
import java.util.List;

/**
 * The result of one {@link LedgerCheck} run. {@code truncated} says that some rule found more
 * discrepancies than the report lists ({@link LedgerCheck#MAX_PER_KIND} per rule).
 */
public record LedgerCheckReport(
    Instant checkedAt, long millis, List<Discrepancy> discrepancies, boolean truncated) {

  public LedgerCheckReport {
    discrepancies = List.copyOf(discrepancies);
  }

  public boolean clean() {
    return discrepancies.isEmpty();
  }
}
