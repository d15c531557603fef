package com.atrium.clearing;

import com.atrium.platform.DomainException;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tenant manager's dispute of its statement in a run under review, optionally naming one line.
 * Answered once, by finance: accepted with the agreed correction, or rejected; never reopened. The
 * statement itself never changes: an accepted correction waits, with the tenant and the original
 * period, to be carried into a later period's statement as an adjustment ({@link
 * DisputeCorrections}).
 */
@Entity
@Table(name = "clearing_dispute")
@NamedQuery(
    name = "ClearingDispute.countOpenOfRun",
    query =
        "select count(d) from ClearingDispute d where d.runId = :run"
            + " and d.status = com.atrium.clearing.DisputeStatus.OPEN")
@NamedQuery(
    name = "ClearingDispute.ofRun",
    query =
        "select d, s.partyCode, r from ClearingDispute d, ClearingRunStatement s, ClearingRun r"
            + " where d.runId = :run and s.id = d.statementId and r.id = d.runId"
            + " order by d.raisedAt, d.id")
@NamedQuery(
    name = "ClearingDispute.countOfRun",
    query = "select count(d) from ClearingDispute d where d.runId = :run")
@NamedQuery(
    name = "ClearingDispute.ofTenant",
    query =
        "select d, s.partyCode, r from ClearingDispute d, ClearingRunStatement s, ClearingRun r"
            + " where d.tenantId = :tenant and s.id = d.statementId and r.id = d.runId"
            + " order by d.raisedAt desc, d.id desc")
@NamedQuery(
    name = "ClearingDispute.countOfTenant",
    query = "select count(d) from ClearingDispute d where d.tenantId = :tenant")
@NamedQuery(
    name = "ClearingDispute.ofStatement",
    query =
        "select d, s.partyCode, r from ClearingDispute d, ClearingRunStatement s, ClearingRun r"
            + " where d.statementId = :statement and s.id = d.statementId and r.id = d.runId"
            + " order by d.raisedAt, d.id")
@NamedQuery(
    name = "ClearingDispute.pending",
    query =
        "select d, r from ClearingDispute d, ClearingRun r"
            + " where r.id = d.runId and d.mallId = :mall and d.tenantId in :tenants"
            + " and d.status = com.atrium.clearing.DisputeStatus.ACCEPTED"
            + " and d.carriedRunId is null and d.periodBookedTo <= :bookedTo"
            + " order by d.tenantId, d.answeredAt, d.id")
public class ClearingDispute {

  /** The longest comment or answer, in characters. */
  public static final int COMMENT_MAX = 1000;

  /** The largest correction the column holds (numeric(14, 2)). */
  static final BigDecimal CORRECTION_MAX = new BigDecimal("999999999999.99");

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "run_id", nullable = false, updatable = false)
  private long runId;

  @Column(name = "statement_id", nullable = false, updatable = false)
  private long statementId;

  @Column(name = "line_id", updatable = false)
  private Long lineId;

  @Column(name = "mall_id", nullable = false, updatable = false)
  private long mallId;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private long tenantId;

  @Column(name = "period_booked_to", nullable = false, updatable = false)
  private Instant periodBookedTo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DisputeStatus status;

  @Column(name = "comment_text", nullable = false, updatable = false)
  private String comment;

  @Column(name = "raised_by", nullable = false, updatable = false)
  private String raisedBy;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @Column(name = "answer_text")
  private String answer;

  /** Signed from the tenant's side, like a statement line; only on an accepted dispute. */
  @Column private BigDecimal correction;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "carried_run_id")
  private Long carriedRunId;

  @Version private int version;

  protected ClearingDispute() {}

  /** An open dispute of a tenant's statement (and one of its lines, or none). */
  ClearingDispute(
      long runId,
      long statementId,
      Long lineId,
      long mallId,
      long tenantId,
      Instant periodBookedTo,
      String comment,
      String by,
      Instant at) {
    this.runId = runId;
    this.statementId = statementId;
    this.lineId = lineId;
    this.mallId = mallId;
    this.tenantId = tenantId;
    this.periodBookedTo = periodBookedTo;
    this.comment = requireText(comment);
    this.status = DisputeStatus.OPEN;
    this.raisedBy = by;
    this.raisedAt = at;
  }

  /**
   * Finance's answer, given once: accepted with a correction of whole fen other than zero, or
   * rejected without one.
   */
  void answer(DisputeStatus outcome, BigDecimal correction, String text, String by, Instant at) {
    if (status != DisputeStatus.OPEN) {
      throw DomainException.conflict(
          "DISPUTE_ANSWERED", "Dispute " + id + " was answered already (" + status + ")");
    }
    requireAnswer(outcome, correction, text);
    this.status = outcome;
    this.correction = correction == null ? null : correction.setScale(2);
    this.answer = text.strip();
    this.answeredBy = by;
    this.answeredAt = at;
  }

  /** A later run carried this accepted correction as an adjustment; it is carried only once. */
  void carriedBy(long runId) {
    if (status != DisputeStatus.ACCEPTED || carriedRunId != null) {
      throw DomainException.conflict(
          "CORRECTION_NOT_PENDING", "Dispute " + id + " has no correction left to carry");
    }
    this.carriedRunId = runId;
  }

  /** Refuses an answer that is not well formed, before anything is looked up. */
  static void requireAnswer(DisputeStatus outcome, BigDecimal correction, String text) {
    if (outcome == null || outcome == DisputeStatus.OPEN) {
      throw DomainException.invalid(
          "OUTCOME_INVALID", "outcome", "outcome is ACCEPTED or REJECTED");
    }
    if (outcome == DisputeStatus.ACCEPTED
        ? correction == null
            || correction.signum() == 0
            || correction.stripTrailingZeros().scale() > 2
            || correction.abs().compareTo(CORRECTION_MAX) > 0
        : correction != null) {
      throw DomainException.invalid(
          "CORRECTION_INVALID",
          "correction",
          "An accepted dispute agrees a correction in CNY other than 0.00, at most 2 decimals;"
              + " a rejected one has none");
    }
    requireText(text);
  }

  /** A comment or answer of 1 to {@value #COMMENT_MAX} characters, not only blanks. */
  static String requireText(String text) {
    if (text == null
        || text.isBlank()
        || text.strip().codePointCount(0, text.strip().length()) > COMMENT_MAX) {
      throw DomainException.invalid(
          "COMMENT_INVALID", "comment", "comment is 1 to " + COMMENT_MAX + " characters");
    }
    return text.strip();
  }

  /** A flat picture for the audit log. */
  Map<String, Object> snapshot() {
    Map<String, Object> s = new TreeMap<>();
    s.put("runId", runId);
    s.put("statementId", statementId);
    s.put("lineId", lineId);
    s.put("tenantId", tenantId);
    s.put("status", status);
    s.put("comment", comment);
    if (answeredAt != null) {
      s.put("answer", answer);
      s.put("correction", correction == null ? null : correction.toPlainString());
    }
    return s;
  }

  DisputeView view(String tenantCode, ClearingRun run) {
    RunView r = run.view(null);
    return new DisputeView(
        id,
        runId,
        r.periodKind(),
        r.periodStart(),
        r.periodEnd(),
        statementId,
        lineId,
        tenantId,
        tenantCode,
        status,
        comment,
        raisedBy,
        raisedAt,
        answer,
        correction,
        answeredBy,
        answeredAt,
        carriedRunId);
  }

  Long id() {
    return id;
  }

  long mallId() {
    return mallId;
  }

  long runId() {
    return runId;
  }

  long statementId() {
    return statementId;
  }

  long tenantId() {
    return tenantId;
  }

  Long lineId() {
    return lineId;
  }

  BigDecimal correction() {
    return correction;
  }

  Instant answeredAt() {
    return answeredAt;
  }
}
