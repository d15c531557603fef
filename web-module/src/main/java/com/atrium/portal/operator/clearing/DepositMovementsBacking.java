package com.atrium.portal.operator.clearing;

import com.atrium.clearing.ClearingTraces;
import com.atrium.clearing.DepositMovementLine;
import com.atrium.clearing.RunView;
import com.atrium.clearing.StoredLine;
import com.atrium.clearing.StoredStatement;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The deposit drill-down of {@code operator/clearing/run.xhtml} (docs/clearing.md, "Partners"): the
 * movements of a prepaid partner's deposit behind a memo line (top-ups, draws, returns), a page at
 * a time ("more", by the keyset), the listed sum beside the line's memo: once everything is listed
 * they are equal ({@link ClearingTraces#movements}).
 */
@Named
@ViewScoped
public class DepositMovementsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 50;

  @EJB ClearingTraces traces;

  private RunView run;
  private StoredStatement statement;
  private StoredLine line;
  private final List<DepositMovementLine> movements = new ArrayList<>();
  private long after;
  private boolean more;
  private BigDecimal listedMemo = BigDecimal.ZERO;
  private String refusal;

  /** Lists the first page of a memo line's movements, forgetting the line shown before. */
  public void open(RunView run, StoredStatement statement, StoredLine line) {
    this.run = run;
    this.statement = statement;
    this.line = line;
    movements.clear();
    after = 0;
    more = false;
    listedMemo = BigDecimal.ZERO;
    refusal = null;
    more();
  }

  public void more() {
    try {
      List<DepositMovementLine> page =
          traces.movements(run.id(), statement.id(), line.id(), after, PAGE).movements();
      for (DepositMovementLine m : page) {
        movements.add(m);
        listedMemo = listedMemo.add(m.memo());
        after = m.movementId();
      }
      more = page.size() == PAGE;
    } catch (RuntimeException e) {
      refusal = ClearingRunBacking.refusal(e);
      more = false;
    }
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

  public List<DepositMovementLine> getMovements() {
    return movements;
  }

  public boolean isMore() {
    return more;
  }

  public BigDecimal getListedMemo() {
    return listedMemo;
  }

  public String getRefusal() {
    return refusal;
  }
}
