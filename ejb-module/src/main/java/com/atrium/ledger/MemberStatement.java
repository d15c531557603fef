package com.atrium.ledger;

import java.util.List;

/** A member's balance and the most recent lines of their account, newest first. */
public record MemberStatement(long balance, List<StatementLine> lines) {
  public MemberStatement {
    lines = List.copyOf(lines);
  }
}
