package com.atrium.clearing;

import java.util.List;

/** A run with its statements in the run's order (tenants by code, the operator last). */
public record RunDetail(RunView run, List<StoredStatement> statements) {
  public RunDetail {
    statements = List.copyOf(statements);
  }
}
