package com.atrium.clearing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The draft statements of one mall and booked period: one per tenant of the mall with figures in
 * the period, in tenant code order, then one per partner with activity in it, in partner code order
 * ({@code partnerIds}: the partner's id by the index of its statement), and the operator's last.
 * Nothing is kept: a draft is computed again from the ledger each time it is asked for.
 */
public record DraftRun(
    String mallCode,
    Instant from,
    Instant to,
    List<Statement> statements,
    Map<Integer, Long> partnerIds) {
  public DraftRun {
    statements = List.copyOf(statements);
    partnerIds = Map.copyOf(partnerIds);
  }

  /** A run with no partner statements. */
  public DraftRun(String mallCode, Instant from, Instant to, List<Statement> statements) {
    this(mallCode, from, to, statements, Map.of());
  }
}
