package com.atrium.clearing;

import java.util.List;

/**
 * A whole run for an export: every statement as a {@link StatementDocument}, in the run's order.
 */
public record RunDocument(RunView run, String mallName, List<StatementDocument> statements) {
  public RunDocument {
    statements = List.copyOf(statements);
  }
}
