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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * A clearing run of one mall and period, and its lifecycle: {@code DRAFT} (computed, and computed
 * again at will) → {@code IN_REVIEW} → {@code APPROVED} by a finance user who neither started nor
 * last computed it (four eyes) → {@code CLOSED}, after which nothing changes. A period that has not
 * ended cannot go to review or be closed: its figures are not complete.
 */
@Entity
@Table(name = "clearing_run")
@NamedQuery(
    name = "ClearingRun.ofPeriod",
    query =
        "select r from ClearingRun r where r.mallId = :mall and r.periodKind = :kind"
            + " and r.periodStart = :start")
@NamedQuery(
    name = "ClearingRun.inMalls",
    query =
        "select r from ClearingRun r where r.mallId in :malls"
            + " order by r.periodStart desc, r.periodKind, r.id desc")
@NamedQuery(
    name = "ClearingRun.countInMalls",
    query = "select count(r) from ClearingRun r where r.mallId in :malls")
@NamedQuery(
    name = "ClearingRun.inMallsWithStatus",
    query =
        "select r from ClearingRun r where r.mallId in :malls and r.status = :status"
            + " order by r.periodStart desc, r.periodKind, r.id desc")
@NamedQuery(
    name = "ClearingRun.countInMallsWithStatus",
    query = "select count(r) from ClearingRun r where r.mallId in :malls and r.status = :status")
public class ClearingRun {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "mall_id", nullable = false, updatable = false)
  private long mallId;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_kind", nullable = false, updatable = false)
  private PeriodKind periodKind;

  @Column(name = "period_start", nullable = false, updatable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false, updatable = false)
  private LocalDate periodEnd;

  @Column(name = "zone_id", nullable = false, updatable = false)
  private String zoneId;

  @Column(name = "booked_from", nullable = false, updatable = false)
  private Instant bookedFrom;

  @Column(name = "booked_to", nullable = false, updatable = false)
  private Instant bookedTo;

  @Column(name = "breakage_share_percent", nullable = false, updatable = false)
  private BigDecimal breakageSharePercent;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RunStatus status;

  /** SHA-256 of the statements' canonical form: equal digests, equal statements. */
  @Column(nullable = false)
  private String digest;

  @Column(name = "started_by", nullable = false, updatable = false)
  private String startedBy;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "computed_by", nullable = false)
  private String computedBy;

  @Column(name = "computed_at", nullable = false)
  private Instant computedAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "closed_by")
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private int version;

  protected ClearingRun() {}

  /** A new draft of the period, computed by {@code by} at {@code at} with the given digest. */
  ClearingRun(
      long mallId,
      PeriodKind kind,
      LocalDate start,
      LocalDate end,
      String zoneId,
      Instant bookedFrom,
      Instant bookedTo,
      BigDecimal breakageSharePercent,
      String digest,
      String by,
      Instant at) {
    this.mallId = mallId;
    this.periodKind = kind;
    this.periodStart = start;
    this.periodEnd = end;
    this.zoneId = zoneId;
    this.bookedFrom = bookedFrom;
    this.bookedTo = bookedTo;
    this.breakageSharePercent = breakageSharePercent.setScale(2);
    this.status = RunStatus.DRAFT;
    this.digest = digest;
    this.startedBy = by;
    this.startedAt = at;
    this.computedBy = by;
    this.computedAt = at;
  }

  /** Refuses anything but a draft: only a draft is computed again. */
  void requireDraft() {
    require(RunStatus.DRAFT, "RUN_NOT_DRAFT", "Only a draft run is computed again or submitted");
  }

  /** The draft was computed again, giving statements with this digest. */
  void recomputed(String digest, String by, Instant at) {
    requireDraft();
    this.digest = digest;
    this.computedBy = by;
    this.computedAt = at;
  }

  /** To review: a draft of a period that has ended, its figures frozen as last computed. */
  void submit(String by, Instant now) {
    requireDraft();
    requireEnded(now, "A run goes to review once its period has ended");
    this.status = RunStatus.IN_REVIEW;
    this.submittedBy = by;
    this.submittedAt = now;
  }

  /**
   * Approved by a second pair of eyes: not the finance user who started the run, nor the one who
   * computed the figures under review.
   */
  void approve(String by, Instant now) {
    require(RunStatus.IN_REVIEW, "RUN_NOT_IN_REVIEW", "Only a run in review is approved");
    if (by.equals(startedBy) || by.equals(computedBy)) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "FOUR_EYES_REQUIRED",
          null,
          "A run is approved by a finance user who neither started nor computed it");
    }
    this.status = RunStatus.APPROVED;
    this.approvedBy = by;
    this.approvedAt = now;
  }

  /** Final: an approved run of a period that has ended. */
  void close(String by, Instant now) {
    require(RunStatus.APPROVED, "RUN_NOT_APPROVED", "Only an approved run is closed");
    requireEnded(now, "A period is closed once it has ended");
    this.status = RunStatus.CLOSED;
    this.closedBy = by;
    this.closedAt = now;
  }

  private void require(RunStatus expected, String code, String message) {
    if (status != expected) {
      throw DomainException.conflict(code, message + "; this one is " + status);
    }
  }

  private void requireEnded(Instant now, String message) {
    if (bookedTo.isAfter(now)) {
      throw DomainException.conflict("PERIOD_OPEN", message + " (at " + bookedTo + ")");
    }
  }

  /** A flat picture for the audit log. */
  Map<String, Object> snapshot() {
    Map<String, Object> s = new TreeMap<>();
    s.put("mallId", mallId);
    s.put("periodKind", periodKind);
    s.put("periodStart", periodStart);
    s.put("status", status);
    s.put("digest", digest);
    s.put("breakageSharePercent", breakageSharePercent.toPlainString());
    return s;
  }

  /** As the adapters see it; an unsaved run has id 0. */
  RunView view(String mallCode) {
    return new RunView(
        id == null ? 0 : id,
        mallCode,
        periodKind,
        periodStart,
        periodEnd,
        zoneId,
        bookedFrom,
        bookedTo,
        breakageSharePercent,
        status,
        digest,
        startedBy,
        startedAt,
        computedBy,
        computedAt,
        submittedBy,
        submittedAt,
        approvedBy,
        approvedAt,
        closedBy,
        closedAt);
  }

  Long id() {
    return id;
  }

  long mallId() {
    return mallId;
  }

  Instant bookedFrom() {
    return bookedFrom;
  }

  Instant bookedTo() {
    return bookedTo;
  }

  /** When the run was last computed: what its parking lines counted stood then. */
  Instant computedAt() {
    return computedAt;
  }

  BigDecimal breakageSharePercent() {
    return breakageSharePercent;
  }

  String digest() {
    return digest;
  }

  /**
   * The start of the period of this run's kind, in its zone, that an instant was booked in: where a
   * late reversal's original sits.
   */
  LocalDate periodStartOf(Instant booked) {
    return periodKind.startOf(booked.atZone(ZoneId.of(zoneId)).toLocalDate());
  }

  /**
   * The start of the period an adjustment's original belongs to: a late entry's, in this run's
   * kind; a dispute's, the disputed run's own first day (its booked start, in the mall's zone).
   */
  LocalDate adjustedPeriodStart(Adjustment adjusts) {
    return adjusts.source() == Adjustment.Source.DISPUTE
        ? adjusts.originalBookedAt().atZone(ZoneId.of(zoneId)).toLocalDate()
        : periodStartOf(adjusts.originalBookedAt());
  }

  RunStatus status() {
    return status;
  }

  /** When the run went to review; null while a draft. */
  Instant submittedAt() {
    return submittedAt;
  }
}
