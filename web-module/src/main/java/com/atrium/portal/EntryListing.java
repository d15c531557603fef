package com.atrium.portal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The journal entries behind a statement line as a drill-down lists them: a page at a time by the
 * keyset (the last entry id listed), each "more" appending the next page, with the sum of the
 * points listed so far. Once every entry is listed that sum is the line's points (the service's
 * invariant, docs/clearing.md "Traceability"); the page shows both, computing nothing else.
 *
 * @param <T> an entry as the service answers it
 */
public final class EntryListing<T> implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Entries fetched per "more". */
  public static final int PAGE = 50;

  /** The entries after an entry id, at most {@code limit} of them, in entry id order. */
  public interface Source<T> extends Serializable {
    List<T> after(long afterEntryId, int limit);
  }

  /** An entry's id or points. */
  public interface Figure<T> extends ToLongFunction<T>, Serializable {}

  private final Source<T> source;
  private final Figure<T> id;
  private final Figure<T> points;
  private final Long total;
  private final List<T> listed = new ArrayList<>();
  private long listedPoints;
  private boolean more = true;

  /**
   * Lists the first page. {@code total} is the line's count of entries (null when the line does not
   * know it: then a short page ends the listing).
   */
  public EntryListing(Source<T> source, Figure<T> id, Figure<T> points, Long total) {
    this.source = source;
    this.id = id;
    this.points = points;
    this.total = total;
    more();
  }

  /** Appends the next page, after the last entry listed. */
  public void more() {
    if (!more) {
      return;
    }
    long after = listed.isEmpty() ? 0 : id.applyAsLong(listed.get(listed.size() - 1));
    List<T> page = source.after(after, PAGE);
    listed.addAll(page);
    page.forEach(e -> listedPoints += points.applyAsLong(e));
    more = page.size() == PAGE && (total == null || listed.size() < total);
  }

  public List<T> getEntries() {
    return listed;
  }

  public int getListedCount() {
    return listed.size();
  }

  public long getListedPoints() {
    return listedPoints;
  }

  public boolean isMore() {
    return more;
  }

  /** The line's count of entries, or null when unknown. */
  public Long getTotal() {
    return total;
  }
}
