package com.atrium.clearing;

import java.util.List;

/** One page of a tenant's statements, newest period first, and how many there are in all. */
public record TenantStatementList(
    List<TenantStatement> statements, int offset, int limit, long total) {
  public TenantStatementList {
    statements = List.copyOf(statements);
  }
}
