package com.atrium.redemption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member flagged for customer service: points a refund could not take back under the STOP_AT_ZERO
 * policy, or sales over a daily velocity limit (SALE_VELOCITY). Open until an operator resolves it.
 * It records the mall of the refund that raised it, so that a one-mall operator sees only its
 * mall's flags.
 */
@Entity
@Table(name = "member_flag")
@NamedQuery(
    name = "MemberFlag.open",
    query =
        "select f from MemberFlag f where f.resolvedAt is null order by f.createdAt desc, f.id desc")
@NamedQuery(
    name = "MemberFlag.openOfMall",
    query =
        "select f from MemberFlag f where f.resolvedAt is null and f.mallId = :mall"
            + " order by f.createdAt desc, f.id desc")
@NamedQuery(
    name = "MemberFlag.ofMember",
    query = "select f from MemberFlag f where f.memberId = :member order by f.createdAt desc")
public class MemberFlag {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private Long memberId;

  @Column(nullable = false, updatable = false)
  private String kind;

  @Column(nullable = false, updatable = false)
  private long points;

  @Column(nullable = false, updatable = false)
  private String detail;

  @Column(name = "refund_id", updatable = false)
  private Long refundId;

  @Column(name = "mall_id", updatable = false)
  private Long mallId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolved_by")
  private String resolvedBy;

  protected MemberFlag() {}

  static MemberFlag refundUnrecovered(
      long memberId, long points, long refundId, long mallId, String detail, Instant now) {
    MemberFlag f = new MemberFlag();
    f.mallId = mallId;
    f.memberId = memberId;
    f.kind = "REFUND_UNRECOVERED";
    f.points = points;
    f.refundId = refundId;
    f.detail = detail;
    f.createdAt = now;
    return f;
  }

  /** A member (or the assistant serving them) went over a daily velocity limit with a sale. */
  static MemberFlag saleVelocity(long memberId, long mallId, String detail, Instant now) {
    MemberFlag f = new MemberFlag();
    f.mallId = mallId;
    f.memberId = memberId;
    f.kind = "SALE_VELOCITY";
    f.points = 0;
    f.detail = detail;
    f.createdAt = now;
    return f;
  }

  void resolve(String by, Instant at) {
    if (resolvedAt == null) {
      resolvedAt = at;
      resolvedBy = by;
    }
  }

  public Long id() {
    return id;
  }

  public Long memberId() {
    return memberId;
  }

  public String kind() {
    return kind;
  }

  public long points() {
    return points;
  }

  public String detail() {
    return detail;
  }

  public Long refundId() {
    return refundId;
  }

  public Long mallId() {
    return mallId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public String resolvedBy() {
    return resolvedBy;
  }

  MemberFlagView view() {
    return new MemberFlagView(
        id, memberId, kind, points, detail, refundId, mallId, createdAt, resolvedAt, resolvedBy);
  }
}
