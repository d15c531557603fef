package com.atrium.clearing;

import java.util.List;

/** A tenant's statement with all its lines in order, and the tenant's disputes of it. */
public record TenantStatementDetail(
    TenantStatement statement, List<TenantLine> lines, List<DisputeView> disputes) {
  public TenantStatementDetail {
    lines = List.copyOf(lines);
    disputes = List.copyOf(disputes);
  }
}
