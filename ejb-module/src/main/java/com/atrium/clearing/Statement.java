package com.atrium.clearing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One party's statement for a period: its lines and {@code net}, the sum of the lines' amounts
 * (positive: the operator pays the party; negative: the party pays the operator), and a prepaid
 * tenant's block movement.
 */
public record Statement(
    String party, List<StatementLine> lines, BigDecimal net, Optional<BlockMovement> block) {
  public Statement {
    lines = List.copyOf(lines);
  }
}
