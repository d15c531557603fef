package com.atrium.clearing;

/**
 * How many journal entries are behind a statement line, and the first and last of their ids: the
 * count is shown with the line, the span bounds its drill-down to one index range. {@link #NONE} is
 * a line with no entries behind it (or figures made by hand, as tests do).
 */
public record LineTrace(long entries, long firstEntryId, long lastEntryId) {

  public static final LineTrace NONE = new LineTrace(0, 0, 0);

  public LineTrace {
    if (entries < 0 || entries > 0 && firstEntryId > lastEntryId) {
      throw new IllegalArgumentException("a trace counts entries over an id span");
    }
  }

  /** The entries of both traces (they never share one: each entry is behind one figure). */
  public LineTrace plus(LineTrace other) {
    if (other.entries == 0) {
      return this;
    }
    if (entries == 0) {
      return other;
    }
    return new LineTrace(
        entries + other.entries,
        Math.min(firstEntryId, other.firstEntryId),
        Math.max(lastEntryId, other.lastEntryId));
  }
}
