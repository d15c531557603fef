package com.atrium.ledger;

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
 * The points of one credit, with who funded them and when they expire. Debits consume lots
 * soonest-to-expire first, so every spent point stays traceable to its issuer.
 */
@Entity
@Table(name = "points_lot")
@NamedQuery(
    name = "PointsLot.openOfAccount",
    query =
        "select l from PointsLot l where l.memberAccountId = :account and l.pointsRemaining > 0"
            + " order by l.expiresAt, l.earnedAt, l.id")
@NamedQuery(
    name = "PointsLot.ofCredit",
    query = "select l from PointsLot l where l.creditEntryId = :entry order by l.id")
@NamedQuery(
    name = "PointsLot.dueOfAccounts",
    query =
        "select l from PointsLot l where l.memberAccountId in :accounts and l.pointsRemaining > 0"
            + " and l.expiresAt <= :at order by l.memberAccountId, l.id")
public class PointsLot {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "member_account_id", nullable = false, updatable = false)
  private Long memberAccountId;

  @Column(name = "issuer_account_id", nullable = false, updatable = false)
  private Long issuerAccountId;

  @Column(name = "credit_entry_id", nullable = false, updatable = false)
  private Long creditEntryId;

  /**
   * The mall where the points were earned (docs/ledger.md, "The mall of a lot"); null only for
   * points no mall gave.
   */
  @Column(name = "mall_id", updatable = false)
  private Long mallId;

  @Column(name = "points_earned", nullable = false, updatable = false)
  private long pointsEarned;

  @Column(name = "points_remaining", nullable = false)
  private long pointsRemaining;

  @Column(name = "earned_at", nullable = false, updatable = false)
  private Instant earnedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  protected PointsLot() {}

  PointsLot(
      long memberAccountId,
      long issuerAccountId,
      Long mallId,
      long creditEntryId,
      long points,
      Instant earnedAt,
      Instant expiresAt) {
    if (points <= 0) {
      throw new IllegalArgumentException("a lot holds a positive number of points");
    }
    if (!expiresAt.isAfter(earnedAt)) {
      throw new IllegalArgumentException("a lot expires after it is earned");
    }
    this.memberAccountId = memberAccountId;
    this.issuerAccountId = issuerAccountId;
    this.mallId = mallId;
    this.creditEntryId = creditEntryId;
    this.pointsEarned = points;
    this.pointsRemaining = points;
    this.earnedAt = earnedAt;
    this.expiresAt = expiresAt;
  }

  /** Takes points from this lot (a debit, an expiry or a credit reversed); never below zero. */
  void consume(long points) {
    if (points <= 0 || points > pointsRemaining) {
      throw new IllegalArgumentException(
          "lot " + id + " holds " + pointsRemaining + ", cannot take " + points);
    }
    pointsRemaining -= points;
  }

  /**
   * Gives points back to this lot (a debit reversed); never more than it ever held, and never once
   * it has expired: expired points go to a new lot instead.
   */
  void restore(long points, Instant at) {
    if (isExpiredAt(at)) {
      throw new IllegalStateException("lot " + id + " has expired; restore to a new lot");
    }
    if (points <= 0 || pointsRemaining + points > pointsEarned) {
      throw new IllegalArgumentException(
          "lot "
              + id
              + " earned "
              + pointsEarned
              + ", holds "
              + pointsRemaining
              + ", cannot take back "
              + points);
    }
    pointsRemaining += points;
  }

  ConsumptionPlan.OpenLot asOpenLot() {
    return new ConsumptionPlan.OpenLot(id, pointsRemaining, expiresAt, earnedAt);
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  public Long id() {
    return id;
  }

  public long pointsRemaining() {
    return pointsRemaining;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public long pointsEarned() {
    return pointsEarned;
  }

  public Instant earnedAt() {
    return earnedAt;
  }

  public Long memberAccountId() {
    return memberAccountId;
  }

  public Long creditEntryId() {
    return creditEntryId;
  }

  public Long mallId() {
    return mallId;
  }

  public Long issuerAccountId() {
    return issuerAccountId;
  }
}
