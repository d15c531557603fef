package com.atrium.portal.merchant.clearing;

import com.atrium.clearing.TenantEntry;
import com.atrium.clearing.TenantLine;
import com.atrium.clearing.TenantStatements;
import com.atrium.portal.EntryListing;
import com.atrium.portal.PortalMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * The drill-down of {@code merchant/clearing/statement.xhtml} (docs/clearing.md, "Pages"): the
 * journal entries behind one of the manager's own lines, a page at a time ("more", by the keyset),
 * with the sum of what is listed beside the line's points. {@link TenantStatements#entries} keeps
 * the manager to its own tenant's lines and shows members only by a masked card number.
 */
@Named
@ViewScoped
public class StatementEntriesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB TenantStatements statements;

  private TenantLine line;
  private EntryListing<TenantEntry> listing;

  /** Lists the first page of a line of the statement, forgetting the line shown before. */
  public void open(long statementId, TenantLine line) {
    this.line = line;
    listing = null;
    TenantStatements service = statements;
    long lineId = line.id();
    try {
      listing =
          new EntryListing<>(
              (after, limit) -> service.entries(statementId, lineId, after, limit).entries(),
              TenantEntry::entryId,
              TenantEntry::points,
              line.line().entries());
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
    }
  }

  public void more() {
    try {
      listing.more();
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
    }
  }

  public TenantLine getLine() {
    return line;
  }

  public EntryListing<TenantEntry> getListing() {
    return listing;
  }
}
