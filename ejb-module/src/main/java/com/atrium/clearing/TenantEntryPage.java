package com.atrium.clearing;

import java.util.List;

/**
 * One page of the entries behind a line of a tenant's statement, in entry id order after entry
 * {@code after}; {@code total} is the line's count of entries (null for a line stored before
 * entries were counted). The points of all pages sum to the line's points.
 */
public record TenantEntryPage(List<TenantEntry> entries, long after, int limit, Long total) {
  public TenantEntryPage {
    entries = List.copyOf(entries);
  }
}
