package com.atrium.portal.operator.clearing;

import com.atrium.clearing.ClearingTraces;
import com.atrium.clearing.RunView;
import com.atrium.clearing.StoredLine;
import com.atrium.clearing.StoredStatement;
import jakarta.ejb.EJB;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A drill-down dialog of {@code operator/clearing/run.xhtml} that lists what is behind one stored
 * line a page at a time ("more", by the keyset after the last item listed), with the sums of what
 * is listed beside the line's own figures: once everything is listed they are equal (the service's
 * invariant, docs/clearing.md "Traceability"). A subclass names the page and the sums.
 *
 * @param <T> an item as the service answers it
 */
public abstract class RunLineDrillDown<T> implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 50;

  @EJB ClearingTraces traces;

  private RunView run;
  private StoredStatement statement;
  private StoredLine line;
  private final List<T> listed = new ArrayList<>();
  private long after;
  private boolean more;
  private String refusal;

  /** The items of the line after the key {@code after}, at most {@code limit} of them. */
  protected abstract List<T> page(
      ClearingTraces traces, long runId, long statementId, long lineId, long after, int limit);

  /** An item's keyset key: the next page starts after the last one listed. */
  protected abstract long key(T item);

  /** Sets the sums of what is listed back to zero, for a new line. */
  protected abstract void forgetSums();

  /** Adds a listed item to the sums. */
  protected abstract void count(T item);

  /** Lists the first page of a line, forgetting the line shown before. */
  public void open(RunView run, StoredStatement statement, StoredLine line) {
    this.run = run;
    this.statement = statement;
    this.line = line;
    listed.clear();
    after = 0;
    more = false;
    refusal = null;
    forgetSums();
    more();
  }

  public void more() {
    try {
      List<T> page = page(traces, run.id(), statement.id(), line.id(), after, PAGE);
      for (T item : page) {
        listed.add(item);
        count(item);
        after = key(item);
      }
      more = page.size() == PAGE;
    } catch (RuntimeException e) {
      refusal = ClearingRunBacking.refusal(e);
      more = false;
    }
  }

  protected List<T> listed() {
    return listed;
  }

  public RunView getRun() {
    return run;
  }

  public StoredStatement getStatement() {
    return statement;
  }

  public StoredLine getLine() {
    return line;
  }

  public boolean isMore() {
    return more;
  }

  public String getRefusal() {
    return refusal;
  }
}
