package com.atrium.clearing;

import com.atrium.ledger.LedgerFigures.TracedEntry;
import java.util.List;

/**
 * One page of the journal entries behind a stored line, in entry id order; {@code total} is the
 * line's count of entries (null for a line stored before entries were counted). The points of all
 * pages sum to the line's points.
 */
public record TracedEntryPage(List<TracedEntry> entries, int offset, int limit, Long total) {
  public TracedEntryPage {
    entries = List.copyOf(entries);
  }
}
