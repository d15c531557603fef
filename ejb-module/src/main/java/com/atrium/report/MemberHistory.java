package com.atrium.report;

import java.util.List;

/** A member's balance and the most recent lines of their history, newest first. */
public record MemberHistory(long balance, List<HistoryRow> rows) {
  public MemberHistory {
    rows = List.copyOf(rows);
  }
}
