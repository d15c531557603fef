package com.atrium.clearing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One line of a stored statement, as {@link StatementArithmetic} computed it; never changed. */
@Entity
@Table(name = "clearing_line")
@NamedQuery(
    name = "ClearingRunLine.ofStatement",
    query = "select l from ClearingRunLine l where l.statementId = :statement order by l.ordinal")
@NamedQuery(
    name = "ClearingRunLine.deleteOfRun",
    query =
        "delete from ClearingRunLine l where l.statementId in"
            + " (select s.id from ClearingRunStatement s where s.runId = :run)")
public class ClearingRunLine {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "statement_id", nullable = false, updatable = false)
  private long statementId;

  @Column(nullable = false, updatable = false)
  private int ordinal;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private LineKind kind;

  @Column(name = "rate_from", nullable = false, updatable = false)
  private Instant rateFrom;

  @Column(name = "rate_to", nullable = false, updatable = false)
  private Instant rateTo;

  @Column(nullable = false, updatable = false)
  private long points;

  @Column(updatable = false)
  private BigDecimal rate;

  @Column(nullable = false, updatable = false)
  private BigDecimal amount;

  protected ClearingRunLine() {}

  ClearingRunLine(long statementId, int ordinal, StatementLine line) {
    this.statementId = statementId;
    this.ordinal = ordinal;
    this.kind = line.kind();
    this.rateFrom = line.from();
    this.rateTo = line.to();
    this.points = line.points();
    this.rate = line.rate();
    this.amount = line.amount();
  }

  Long id() {
    return id;
  }

  long statementId() {
    return statementId;
  }

  StatementLine view() {
    return new StatementLine(kind, rateFrom, rateTo, points, rate, amount);
  }
}
