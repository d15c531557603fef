package com.atrium.clearing;

import java.util.List;

/**
 * One stored statement with everything an export of it shows (docs/clearing.md, "Exports"): its
 * run, the mall's and the party's names as they are registered, and all its lines in the
 * statement's order. The lines are the stored ones, so their amounts sum to the statement's net.
 */
public record StatementDocument(
    RunView run,
    String mallName,
    StoredStatement statement,
    String partyName,
    List<StatementLine> lines) {
  public StatementDocument {
    lines = List.copyOf(lines);
  }
}
