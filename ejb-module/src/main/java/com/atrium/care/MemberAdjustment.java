package com.atrium.care;

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
import java.time.Instant;

/**
 * A manual points adjustment of one member, with its reason. Booked once (its journal entry), at
 * once or after a second operator's approval, or rejected with a reason; never both.
 */
@Entity
@Table(name = "member_adjustment")
@NamedQuery(
    name = "MemberAdjustment.ofMember",
    query =
        "select a from MemberAdjustment a where a.memberId = :member"
            + " order by a.requestedAt desc, a.id desc")
@NamedQuery(
    name = "MemberAdjustment.pending",
    query =
        "select a from MemberAdjustment a where a.status = com.atrium.care.MemberAdjustment.Status.PENDING"
            + " order by a.requestedAt, a.id")
public class MemberAdjustment {

  /** Where an adjustment stands. */
  public enum Status {
    PENDING,
    BOOKED,
    REJECTED
  }

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private Long memberId;

  @Column(name = "mall_id", updatable = false)
  private Long mallId;

  @Column(nullable = false, updatable = false)
  private long points;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(updatable = false)
  private Long threshold;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "entry_id")
  private Long entryId;

  protected MemberAdjustment() {}

  MemberAdjustment(
      long memberId,
      Long mallId,
      long points,
      String reason,
      Long threshold,
      String requestedBy,
      Instant now) {
    this.memberId = memberId;
    this.mallId = mallId;
    this.points = points;
    this.reason = reason;
    this.threshold = threshold;
    this.requestedBy = requestedBy;
    this.requestedAt = now;
    this.status = Status.PENDING;
  }

  /** Booked by its journal entry; {@code approvedBy} null when no approval was needed. */
  void booked(long entryId, String approvedBy, Instant at) {
    requirePending();
    this.entryId = entryId;
    this.status = Status.BOOKED;
    this.decidedBy = approvedBy;
    this.decidedAt = approvedBy == null ? null : at;
  }

  void rejected(String by, Instant at, String why) {
    requirePending();
    this.status = Status.REJECTED;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionReason = why;
  }

  void requirePending() {
    if (status != Status.PENDING) {
      throw DomainException.conflict(
          "ADJUSTMENT_DECIDED", "Adjustment " + id + " was already decided");
    }
  }

  AdjustmentView view() {
    return new AdjustmentView(
        id,
        memberId,
        points,
        reason,
        threshold,
        requestedBy,
        requestedAt,
        status.name(),
        decidedBy,
        decidedAt,
        decisionReason,
        entryId);
  }

  Long id() {
    return id;
  }

  long memberId() {
    return memberId;
  }

  Long mallId() {
    return mallId;
  }

  long points() {
    return points;
  }

  String reason() {
    return reason;
  }

  String requestedBy() {
    return requestedBy;
  }
}
