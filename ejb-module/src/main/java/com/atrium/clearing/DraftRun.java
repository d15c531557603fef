package com.atrium.clearing;

import java.time.Instant;
import java.util.List;

/**
 * The draft statements of one mall and booked period: one per tenant of the mall with figures in
 * the period, in tenant code order, and the operator's last. Nothing is kept: a draft is computed
 * again from the ledger each time it is asked for.
 */
public record DraftRun(String mallCode, Instant from, Instant to, List<Statement> statements) {
  public DraftRun {
    statements = List.copyOf(statements);
  }
}
