package com.atrium.portal.operator.clearing;

import com.atrium.partner.ExchangeQuery;
import com.atrium.partner.ExchangeRow;
import com.atrium.partner.ExchangeState;
import com.atrium.partner.PartnerDesk;
import com.atrium.partner.PartnerTransactions;
import com.atrium.partner.PartnerView;
import com.atrium.portal.PortalMessages;
import com.atrium.portal.operator.members.PagedModel;
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
 * past the configured time ({@code ?overdue=true}, linked from the dashboard), newest first, page
 * by page.
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
  private PagedModel<ExchangeRow> model;

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
      model =
          new PagedModel<>(
              (offset, limit) -> transactions.search(q, offset, limit), r -> Long.toString(r.id()));
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
    }
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

  public PagedModel<ExchangeRow> getModel() {
    return model;
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
