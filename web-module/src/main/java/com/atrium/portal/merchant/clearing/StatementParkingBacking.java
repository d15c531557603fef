package com.atrium.portal.merchant.clearing;

import com.atrium.clearing.TenantLine;
import com.atrium.clearing.TenantStatements;
import com.atrium.parking.SettlementCharge;
import com.atrium.portal.PortalMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parking drill-down of {@code merchant/clearing/statement.xhtml} (docs/clearing.md,
 * "Parking"): the parking charges behind the manager's own {@code PARKING_CHARGE} line, its sales
 * by receipt number, a page at a time ("more", by the keyset), the listed minutes and CNY beside
 * the line's. {@link TenantStatements#settlements} keeps the manager to its own tenant's lines.
 */
@Named
@ViewScoped
public class StatementParkingBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 50;

  @EJB TenantStatements statements;

  private long statementId;
  private TenantLine line;
  private final List<SettlementCharge> charges = new ArrayList<>();
  private long after;
  private boolean more;
  private BigDecimal listedMinutes = BigDecimal.ZERO;
  private BigDecimal listedAmount = BigDecimal.ZERO;
  private String refusal;

  /** Lists the first page of the line's charges, forgetting the line shown before. */
  public void open(long statementId, TenantLine line) {
    this.statementId = statementId;
    this.line = line;
    charges.clear();
    after = 0;
    more = false;
    listedMinutes = BigDecimal.ZERO;
    listedAmount = BigDecimal.ZERO;
    refusal = null;
    more();
  }

  public void more() {
    try {
      List<SettlementCharge> page =
          statements.settlements(statementId, line.id(), after, PAGE).charges();
      for (SettlementCharge c : page) {
        charges.add(c);
        listedMinutes = listedMinutes.add(c.minutes());
        listedAmount = listedAmount.add(c.amount());
        after = c.chargeId();
      }
      more = page.size() == PAGE;
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
      more = false;
    }
  }

  /** What the line charges (or gives back) in CNY, unsigned as its charges are listed. */
  public BigDecimal getLineAmount() {
    return line.line().amount().abs();
  }

  public TenantLine getLine() {
    return line;
  }

  public List<SettlementCharge> getCharges() {
    return charges;
  }

  public boolean isMore() {
    return more;
  }

  public BigDecimal getListedMinutes() {
    return listedMinutes;
  }

  public BigDecimal getListedAmount() {
    return listedAmount;
  }

  public String getRefusal() {
    return refusal;
  }
}
