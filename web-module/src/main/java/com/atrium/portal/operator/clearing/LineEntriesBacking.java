package com.atrium.portal.operator.clearing;

import com.atrium.clearing.ClearingTraces;
import com.atrium.clearing.Placement;
import com.atrium.clearing.RunView;
import com.atrium.clearing.StoredLine;
import com.atrium.clearing.StoredStatement;
import com.atrium.ledger.LedgerFigures.TracedEntry;
import com.atrium.portal.EntryListing;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The drill-down of {@code operator/clearing/run.xhtml} (docs/clearing.md, "Pages"): the journal
 * entries behind a line of the statement picked, listed a page at a time ("more", by the keyset)
 * with the sum of what is listed beside the line's points, and for an entry the runs, statements
 * and lines it counts in (where a sale went). The figures are {@link ClearingTraces}'s.
 */
@Named
@ViewScoped
public class LineEntriesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ClearingTraces traces;

  private RunView run;
  private StoredStatement statement;
  private StoredLine line;
  private EntryListing<TracedEntry> listing;
  private Long placedEntryId;
  private List<Placement> placements = List.of();

  /** What the service refused last (the line or an entry's placement), shown in the dialog. */
  private String refusal;

  /** Lists the first page of a line's entries, forgetting the line shown before. */
  public void open(RunView run, StoredStatement statement, StoredLine line) {
    this.run = run;
    this.statement = statement;
    this.line = line;
    listing = null;
    forgetPlacement();
    refusal = null;
    ClearingTraces service = traces;
    long runId = run.id();
    long statementId = statement.id();
    long lineId = line.id();
    try {
      listing =
          new EntryListing<>(
              (after, limit) ->
                  service.entries(runId, statementId, lineId, after, 0, limit).entries(),
              TracedEntry::entryId,
              TracedEntry::points,
              line.traced() ? line.line().entries() : null);
    } catch (RuntimeException e) {
      refusal = ClearingRunBacking.refusal(e);
    }
  }

  public void more() {
    try {
      listing.more();
    } catch (RuntimeException e) {
      refusal = ClearingRunBacking.refusal(e);
    }
  }

  /** Shows where an entry counts: every run of the caller's malls, its statement and line. */
  public void place(TracedEntry entry) {
    forgetPlacement();
    refusal = null;
    placedEntryId = entry.entryId();
    try {
      placements = traces.placements(entry.entryId());
    } catch (RuntimeException e) {
      refusal = ClearingRunBacking.refusal(e);
    }
  }

  private void forgetPlacement() {
    placedEntryId = null;
    placements = List.of();
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

  public EntryListing<TracedEntry> getListing() {
    return listing;
  }

  public Long getPlacedEntryId() {
    return placedEntryId;
  }

  public List<Placement> getPlacements() {
    return placements;
  }

  public String getRefusal() {
    return refusal;
  }
}
