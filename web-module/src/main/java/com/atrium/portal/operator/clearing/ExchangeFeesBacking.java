package com.atrium.portal.operator.clearing;

import com.atrium.clearing.ClearingTraces;
import com.atrium.clearing.FeeExchange;
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
 * The fee drill-down of {@code operator/clearing/run.xhtml} (docs/clearing.md, "Partners"): the
 * exchanges behind an exchange fee line (partner, its transaction id, direction, points, fee and
 * the part of the line's amount), a page at a time ("more", by the keyset), the listed sum beside
 * the line's amount: once everything is listed they are equal ({@link ClearingTraces#fees}).
 */
@Named
@ViewScoped
public class ExchangeFeesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 50;

  @EJB ClearingTraces traces;

  private RunView run;
  private StoredStatement statement;
  private StoredLine line;
  private final List<FeeExchange> exchanges = new ArrayList<>();
  private long after;
  private boolean more;
  private BigDecimal listedAmount = BigDecimal.ZERO;
  private String refusal;

  /** Lists the first page of a fee line's exchanges, forgetting the line shown before. */
  public void open(RunView run, StoredStatement statement, StoredLine line) {
    this.run = run;
    this.statement = statement;
    this.line = line;
    exchanges.clear();
    after = 0;
    more = false;
    listedAmount = BigDecimal.ZERO;
    refusal = null;
    more();
  }

  public void more() {
    try {
      List<FeeExchange> page =
          traces.fees(run.id(), statement.id(), line.id(), after, PAGE).exchanges();
      for (FeeExchange x : page) {
        exchanges.add(x);
        listedAmount = listedAmount.add(x.amount());
        after = x.entryId();
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

  public List<FeeExchange> getExchanges() {
    return exchanges;
  }

  public boolean isMore() {
    return more;
  }

  public BigDecimal getListedAmount() {
    return listedAmount;
  }

  public String getRefusal() {
    return refusal;
  }
}
