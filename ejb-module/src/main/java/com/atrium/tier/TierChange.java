package com.atrium.tier;

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

/** One change of a member's tier, with its cause; immutable. */
@Entity
@Table(name = "tier_change")
@NamedQuery(
    name = "TierChange.ofMember",
    query =
        "select c from TierChange c where c.memberId = :member order by c.changedAt desc, c.id desc")
@NamedQuery(
    name = "TierChange.firstQualifiedSince",
    query =
        "select c.fromTier from TierChange c where c.memberId = :member"
            + " and c.cause = com.atrium.tier.TierChange.Cause.QUALIFIED and c.changedAt >= :since"
            + " order by c.changedAt, c.id")
public class TierChange {

  /** Why a tier changed. */
  public enum Cause {
    /** A sale brought the qualifying spend to a higher tier. */
    QUALIFIED,
    /** The periodic review moved the member down after the grace period. */
    REVIEW,
    /** An operator set a floor by hand. */
    MANUAL,
    /** Another context placed a floor with a source (a partner right), raising the member. */
    FLOOR,
    /** A refund took back the spend of an upgrade it had brought: the upgrade is undone. */
    REFUNDED
  }

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private Long memberId;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(name = "from_tier", nullable = false, updatable = false)
  private String fromTier;

  @Column(name = "to_tier", nullable = false, updatable = false)
  private String toTier;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Cause cause;

  @Column(name = "qualifying_spend", nullable = false, updatable = false)
  private BigDecimal qualifyingSpend;

  @Column(updatable = false)
  private String reason;

  @Column(nullable = false, updatable = false)
  private String actor;

  protected TierChange() {}

  TierChange(
      long memberId,
      Instant changedAt,
      String fromTier,
      String toTier,
      Cause cause,
      BigDecimal qualifyingSpend,
      String reason,
      String actor) {
    this.memberId = memberId;
    this.changedAt = changedAt;
    this.fromTier = fromTier;
    this.toTier = toTier;
    this.cause = cause;
    this.qualifyingSpend = qualifyingSpend;
    this.reason = reason;
    this.actor = actor;
  }

  public Long id() {
    return id;
  }

  public Long memberId() {
    return memberId;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String fromTier() {
    return fromTier;
  }

  public String toTier() {
    return toTier;
  }

  public Cause cause() {
    return cause;
  }

  public BigDecimal qualifyingSpend() {
    return qualifyingSpend;
  }

  public String reason() {
    return reason;
  }

  public String actor() {
    return actor;
  }
}
