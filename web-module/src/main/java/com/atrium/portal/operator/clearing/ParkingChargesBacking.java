package com.atrium.portal.operator.clearing;

import com.atrium.clearing.ClearingTraces;
import com.atrium.parking.SettlementCharge;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;

/**
 * The parking drill-down of {@code operator/clearing/run.xhtml} (docs/clearing.md, "Parking"): the
 * parking charges behind a parking line (session, business day, reason, minutes, CNY and the sales
 * that unlocked spend minutes), with the sums of what is listed beside the line's minutes and CNY
 * ({@link ClearingTraces#settlements}).
 */
@Named
@ViewScoped
public class ParkingChargesBacking extends RunLineDrillDown<SettlementCharge> {

  private static final long serialVersionUID = 1L;

  private BigDecimal listedMinutes = BigDecimal.ZERO;
  private BigDecimal listedAmount = BigDecimal.ZERO;

  @Override
  protected List<SettlementCharge> page(
      ClearingTraces traces, long runId, long statementId, long lineId, long after, int limit) {
    return traces.settlements(runId, statementId, lineId, after, limit).charges();
  }

  @Override
  protected long key(SettlementCharge c) {
    return c.chargeId();
  }

  @Override
  protected void forgetSums() {
    listedMinutes = BigDecimal.ZERO;
    listedAmount = BigDecimal.ZERO;
  }

  @Override
  protected void count(SettlementCharge c) {
    listedMinutes = listedMinutes.add(c.minutes());
    listedAmount = listedAmount.add(c.amount());
  }

  /**
   * What the line charges or gives back in CNY, unsigned as its charges are listed: its amount (a
   * payer's is negative, the operator's positive, a given-back line's the other way) or its memo.
   */
  public BigDecimal getLineAmount() {
    return (getLine().line().memo() != null ? getLine().line().memo() : getLine().line().amount())
        .abs();
  }

  public List<SettlementCharge> getCharges() {
    return listed();
  }

  public BigDecimal getListedMinutes() {
    return listedMinutes;
  }

  public BigDecimal getListedAmount() {
    return listedAmount;
  }
}
