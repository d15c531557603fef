package com.atrium.portal.operator.clearing;

import com.atrium.partner.ExchangeQuery;
import com.atrium.partner.ExchangeRow;
import com.atrium.partner.ExchangeState;
import com.atrium.partner.PartnerDesk;
import com.atrium.partner.PartnerTransactions;
import com.atrium.partner.PartnerView;
import com.atrium.portal.PortalMessages;
import com.atrium.portal.lists.ListColumn;
import com.atrium.portal.lists.ListTable;
import com.atrium.tenant.MallConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code operator/clearing/partner-exchanges.xhtml}: finance's search of partner exchanges
 * (partner, transaction id, member reference, business days, state) and the exchanges out pending
 * past the configured time ({@code ?overdue=true}, linked from the dashboard), newest first or
 * sorted by a column, page by page, exported through the shared {@link ListTable}.
 */
@Named
@ViewScoped
public class PartnerExchangesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of("to", "search:to", "from", "search:from");

  @EJB PartnerTransactions transactions;
  @EJB PartnerDesk desk;
  @Inject MallConfiguration configuration;

  private List<String> partners;
  private String partner;
  private String txn;
  private String memberRef;
  private ExchangeState state;
  private LocalDate from;
  private LocalDate to;
  private boolean overdue;
  private ListTable<ExchangeRow> table;

  @PostConstruct
  void init() {
    partners = desk.partners().stream().map(PartnerView::code).toList();
  }

  /** Runs on every GET, after the view parameters. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    search();
  }

  public void search() {
    try {
      ExchangeQuery q = new ExchangeQuery(partner, txn, memberRef, state, from, to, overdue);
      PartnerTransactions service = transactions;
      ListTable.Source<ExchangeRow> rows =
          (sort, offset, limit) -> service.search(q, sort, offset, limit);
      if (table == null) {
        table =
            new ListTable<>(
                "search:table",
                "atrium-partner-exchanges",
                r -> Long.toString(r.id()),
                columns(),
                rows);
      } else {
        table.show(rows);
      }
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
    }
  }

  private List<ListColumn<ExchangeRow>> columns() {
    java.time.ZoneId zone = configuration.zone();
    return List.of(
        ListColumn.sorted("state", "pex.state", x -> PortalMessages.text("pex.state." + x.state())),
        ListColumn.sorted("txn", "pex.txn", ExchangeRow::partnerTxnId),
        ListColumn.plain("partner", "recon.partner", ExchangeRow::partnerCode),
        ListColumn.plain("businessDay", "pex.businessDay", x -> String.valueOf(x.businessDay())),
        ListColumn.sorted("member", "pex.memberRef", ExchangeRow::memberRef),
        ListColumn.plain("card", "pex.card", ExchangeRow::maskedCard),
        ListColumn.sorted(
            "direction",
            "pex.direction",
            x -> PortalMessages.text("recon.direction." + x.direction())),
        ListColumn.sorted("points", "pex.points", ExchangeRow::points),
        ListColumn.sorted("partnerAmount", "pex.partnerAmount", ExchangeRow::partnerAmount),
        ListColumn.sorted("fee", "pex.fee", ExchangeRow::fee),
        ListColumn.sorted(
            "requested", "pex.requested", x -> PortalMessages.dateTime(x.requestedAt(), zone)),
        ListColumn.plain(
            "settled", "pex.settledAt", x -> PortalMessages.dateTime(x.settledAt(), zone)));
  }

  public long getAlertMinutes() {
    return transactions.pendingAlert().toMinutes();
  }

  public String moment(Instant at) {
    return PortalMessages.dateTime(at, configuration.zone());
  }

  public ExchangeState[] getStates() {
    return ExchangeState.values();
  }

  public List<String> getPartners() {
    return partners;
  }

  public ListTable<ExchangeRow> getTable() {
    return table;
  }

  public String getPartner() {
    return partner;
  }

  public void setPartner(String partner) {
    this.partner = partner;
  }

  public String getTxn() {
    return txn;
  }

  public void setTxn(String txn) {
    this.txn = txn;
  }

  public String getMemberRef() {
    return memberRef;
  }

  public void setMemberRef(String memberRef) {
    this.memberRef = memberRef;
  }

  public ExchangeState getState() {
    return state;
  }

  public void setState(ExchangeState state) {
    this.state = state;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }
}
