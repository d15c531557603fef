package com.atrium.portal.operator.clearing;

import com.atrium.clearing.ClearingTraces;
import com.atrium.clearing.DepositMovementLine;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;

/**
 * The deposit drill-down of {@code operator/clearing/run.xhtml} (docs/clearing.md, "Partners"): the
 * movements of a prepaid partner's deposit behind a memo line (top-ups, draws, returns), the listed
 * sum beside the line's memo ({@link ClearingTraces#movements}).
 */
@Named
@ViewScoped
public class DepositMovementsBacking extends RunLineDrillDown<DepositMovementLine> {

  private static final long serialVersionUID = 1L;

  private BigDecimal listedMemo = BigDecimal.ZERO;

  @Override
  protected List<DepositMovementLine> page(
      ClearingTraces traces, long runId, long statementId, long lineId, long after, int limit) {
    return traces.movements(runId, statementId, lineId, after, limit).movements();
  }

  @Override
  protected long key(DepositMovementLine m) {
    return m.movementId();
  }

  @Override
  protected void forgetSums() {
    listedMemo = BigDecimal.ZERO;
  }

  @Override
  protected void count(DepositMovementLine m) {
    listedMemo = listedMemo.add(m.memo());
  }

  public List<DepositMovementLine> getMovements() {
    return listed();
  }

  public BigDecimal getListedMemo() {
    return listedMemo;
  }
}
