package com.atrium.partner;

import com.atrium.platform.ExactlyOnce;
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
import java.time.Instant;

/**
 * One right granted by a partner to a linked member, identified by the partner's grant id (its
 * idempotency key). It counts from {@code validFrom} (inclusive) to {@code validUntil} (exclusive)
 * unless revoked; expiry is read against the clock, never written, so reads need no job. Revoking
 * is final and answers whether it changed anything (a repeat is a replay).
 */
@Entity
@Table(name = "partner_right_grant")
@NamedQuery(
    name = "RightGrant.byRef",
    query = "select g from RightGrant g where g.partnerId = :partner and g.grantRef = :ref")
@NamedQuery(
    name = "RightGrant.ofLink",
    query =
        "select g from RightGrant g where g.linkId = :link order by g.grantedAt desc, g.id desc")
@NamedQuery(
    name = "RightGrant.countOfLink",
    query = "select count(g) from RightGrant g where g.linkId = :link")
@NamedQuery(
    name = "RightGrant.ofMember",
    query =
        "select g from RightGrant g where g.memberId = :member order by g.grantedAt desc, g.id desc")
@NamedQuery(
    name = "RightGrant.countingAt",
    query =
        "select g from RightGrant g where g.memberId = :member"
            + " and g.state = com.atrium.partner.RightGrant.Stored.ACTIVE"
            + " and g.validFrom <= :at and g.validUntil > :at")
public class RightGrant implements ExactlyOnce.Recorded {

  /** What is stored: expiry is not a stored state. */
  public enum Stored {
    ACTIVE,
    REVOKED
  }

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private long partnerId;

  @Column(name = "grant_ref", nullable = false, updatable = false)
  private String grantRef;

  @Column(name = "right_id", nullable = false, updatable = false)
  private long rightId;

  @Column(name = "link_id", nullable = false, updatable = false)
  private long linkId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private Instant validFrom;

  @Column(name = "valid_until", nullable = false, updatable = false)
  private Instant validUntil;

  @Column(name = "request_hash", nullable = false, updatable = false)
  private String requestHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Stored state;

  @Column(name = "granted_at", nullable = false, updatable = false)
  private Instant grantedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  @Column(name = "revoke_reason")
  private String revokeReason;

  @Version private long version;

  protected RightGrant() {}

  RightGrant(
      long partnerId,
      String grantRef,
      long rightId,
      long linkId,
      long memberId,
      Instant validFrom,
      Instant validUntil,
      String requestHash,
      Instant grantedAt) {
    if (!validUntil.isAfter(validFrom)) {
      throw new IllegalArgumentException("a right ends after it starts");
    }
    this.partnerId = partnerId;
    this.grantRef = grantRef;
    this.rightId = rightId;
    this.linkId = linkId;
    this.memberId = memberId;
    this.validFrom = validFrom;
    this.validUntil = validUntil;
    this.requestHash = requestHash;
    this.state = Stored.ACTIVE;
    this.grantedAt = grantedAt;
  }

  /** The state at {@code at}: the period's start is inclusive, its end exclusive. */
  public RightState stateAt(Instant at) {
    if (state == Stored.REVOKED) {
      return RightState.REVOKED;
    }
    if (at.isBefore(validFrom)) {
      return RightState.SCHEDULED;
    }
    return at.isBefore(validUntil) ? RightState.ACTIVE : RightState.EXPIRED;
  }

  /** Revokes the grant; a revoked one stays as it was (answers false: a replay). */
  boolean revoke(String by, String reason, Instant at) {
    if (state == Stored.REVOKED) {
      return false;
    }
    state = Stored.REVOKED;
    revokedAt = at;
    revokedBy = by;
    revokeReason = reason;
    return true;
  }

  @Override
  public boolean sameRequestAs(String hash) {
    return requestHash.equals(hash);
  }

  /** The tier context's reference of the floor this grant places. */
  String floorRef() {
    return "grant:" + id;
  }

  public long id() {
    return id;
  }

  public long partnerId() {
    return partnerId;
  }

  public String grantRef() {
    return grantRef;
  }

  public long rightId() {
    return rightId;
  }

  public long linkId() {
    return linkId;
  }

  public long memberId() {
    return memberId;
  }

  public Instant validFrom() {
    return validFrom;
  }

  public Instant validUntil() {
    return validUntil;
  }

  public Instant grantedAt() {
    return grantedAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public String revokedBy() {
    return revokedBy;
  }

  public String revokeReason() {
    return revokeReason;
  }
}
