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
import java.time.LocalDate;

/**
 * One line of a stored statement, as {@link StatementArithmetic} computed it, with the span of the
 * journal entries behind it (its drill-down's index range) and what an adjustment adjusts; never
 * changed.
 */
@Entity
@Table(name = "clearing_line")
@NamedQuery(
    name = "ClearingRunLine.ofStatement",
    query = "select l from ClearingRunLine l where l.statementId = :statement order by l.ordinal")
@NamedQuery(
    name = "ClearingRunLine.ofRun",
    query =
        "select l from ClearingRunLine l, ClearingRunStatement s where l.statementId = s.id"
            + " and s.runId = :run order by s.ordinal, l.ordinal")
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

  // null on lines stored before V21
  @Column(name = "entry_count", updatable = false)
  private Long entryCount;

  @Column(name = "first_entry_id", updatable = false)
  private Long firstEntryId;

  @Column(name = "last_entry_id", updatable = false)
  private Long lastEntryId;

  @Enumerated(EnumType.STRING)
  @Column(name = "adjusts_source", updatable = false)
  private Adjustment.Source adjustsSource;

  @Column(name = "adjusts_id", updatable = false)
  private Long adjustsId;

  @Column(name = "adjusts_reference", updatable = false)
  private String adjustsReference;

  @Column(name = "adjusts_booked_at", updatable = false)
  private Instant adjustsBookedAt;

  @Column(name = "adjusts_period_start", updatable = false)
  private LocalDate adjustsPeriodStart;

  @Column(updatable = false)
  private BigDecimal minutes;

  @Column(updatable = false)
  private BigDecimal memo;

  protected ClearingRunLine() {}

  /**
   * A line of a stored statement; an adjustment names the start of its original's period in the
   * run's kind and zone ({@code adjustsPeriodStart}, null for any other line).
   */
  ClearingRunLine(long statementId, int ordinal, StatementLine line, LocalDate adjustsPeriodStart) {
    this.statementId = statementId;
    this.ordinal = ordinal;
    this.kind = line.kind();
    this.rateFrom = line.from();
    this.rateTo = line.to();
    this.points = line.points();
    this.rate = line.rate();
    this.amount = line.amount();
    this.entryCount = line.trace().entries();
    this.firstEntryId = line.trace().firstEntryId();
    this.lastEntryId = line.trace().lastEntryId();
    this.minutes = line.minutes();
    this.memo = line.memo();
    if (line.adjusts() != null) {
      this.adjustsSource = line.adjusts().source();
      this.adjustsId = line.adjusts().id();
      this.adjustsReference = line.adjusts().reference();
      this.adjustsBookedAt = line.adjusts().originalBookedAt();
      this.adjustsPeriodStart = adjustsPeriodStart;
    }
  }

  Long id() {
    return id;
  }

  long statementId() {
    return statementId;
  }

  StoredLine view() {
    return new StoredLine(
        id,
        ordinal + 1,
        new StatementLine(
            kind,
            rateFrom,
            rateTo,
            points,
            rate,
            amount,
            entryCount == null
                ? LineTrace.NONE
                : new LineTrace(entryCount, firstEntryId, lastEntryId),
            adjustsSource == null
                ? null
                : new Adjustment(adjustsSource, adjustsId, adjustsReference, adjustsBookedAt),
            minutes,
            memo),
        entryCount != null,
        adjustsPeriodStart);
  }
}
