package com.atrium.portal.operator.clearing;

import com.atrium.clearing.ClearingTraces;
import com.atrium.clearing.FeeExchange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;

/**
 * The fee drill-down of {@code operator/clearing/run.xhtml} (docs/clearing.md, "Partners"): the
 * exchanges behind an exchange fee line (partner, its transaction id, direction, points, fee and
 * the part of the line's amount), the listed sum beside the line's amount ({@link
 * ClearingTraces#fees}).
 */
@Named
@ViewScoped
public class ExchangeFeesBacking extends RunLineDrillDown<FeeExchange> {

  private static final long serialVersionUID = 1L;

  private BigDecimal listedAmount = BigDecimal.ZERO;

  @Override
  protected List<FeeExchange> page(
      ClearingTraces traces, long runId, long statementId, long lineId, long after, int limit) {
    return traces.fees(runId, statementId, lineId, after, limit).exchanges();
  }

  @Override
  protected long key(FeeExchange x) {
    return x.entryId();
  }

  @Override
  protected void forgetSums() {
    listedAmount = BigDecimal.ZERO;
  }

  @Override
  protected void count(FeeExchange x) {
    listedAmount = listedAmount.add(x.amount());
  }

  public List<FeeExchange> getExchanges() {
    return listed();
  }

  public BigDecimal getListedAmount() {
    return listedAmount;
  }
}
