package com.atrium.portal.operator.clearing;

import com.atrium.clearing.ClearingTraces;
import com.atrium.clearing.RunView;
import com.atrium.clearing.StoredLine;
import com.atrium.clearing.StoredStatement;
import com.atrium.parking.SettlementCharge;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The parking drill-down of {@code operator/clearing/run.xhtml} (docs/clearing.md, "Parking"): the
 * parking charges behind a parking line (session, business day, reason, minutes, CNY and the sales
 * that unlocked spend minutes), a page at a time ("more", by the keyset), with the sums of what is
 * listed beside the line's minutes and CNY: once everything is listed they are equal ({@link
 * ClearingTraces#settlements}).
 */
@Named
@ViewScoped
public class ParkingChargesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 50;

  @EJB ClearingTraces traces;

  private RunView run;
  private StoredStatement statement;
  private StoredLine line;
  private final List<SettlementCharge> charges = new ArrayList<>();
  private long after;
  private boolean more;
  private BigDecimal listedMinutes = BigDecimal.ZERO;
  private BigDecimal listedAmount = BigDecimal.ZERO;
  private String refusal;

  /** Lists the first page of a parking line's charges, forgetting the line shown before. */
  public void open(RunView run, StoredStatement statement, StoredLine line) {
    this.run = run;
    this.statement = statement;
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
          traces.settlements(run.id(), statement.id(), line.id(), after, PAGE).charges();
      for (SettlementCharge c : page) {
        charges.add(c);
        listedMinutes = listedMinutes.add(c.minutes());
        listedAmount = listedAmount.add(c.amount());
        after = c.chargeId();
      }
      more = page.size() == PAGE;
    } catch (RuntimeException e) {
      refusal = ClearingRunBacking.refusal(e);
      more = false;
    }
  }

  /** What the line charges in CNY: its amount (a payer's is negative) or, on the memo, its memo. */
  public BigDecimal getLineAmount() {
    return line.line().memo() != null ? line.line().memo() : line.line().amount().abs();
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
