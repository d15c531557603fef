package com.atrium.tier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;

/**
 * A floor placed by another context with its source (e.g. {@code PARTNER DEMOBANK/PREMIUM}) and the
 * source's own reference, for a period: it counts from {@code validFrom} (inclusive) to {@code
 * validUntil} (exclusive) unless removed. Expiry is read against the clock, never written, so a
 * floor vanishes at its end without a job.
 */
@Entity
@Table(name = "tier_floor")
@NamedQuery(
    name = "TierFloor.bySource",
    query = "select f from TierFloor f where f.source = :source and f.sourceRef = :ref")
@NamedQuery(
    name = "TierFloor.countingAt",
    query =
        "select f from TierFloor f where f.memberId = :member and f.removedAt is null"
            + " and f.validFrom <= :at and f.validUntil > :at")
public class TierFloor {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(nullable = false, updatable = false)
  private String source;

  @Column(name = "source_ref", nullable = false, updatable = false)
  private String sourceRef;

  @Column(nullable = false, updatable = false)
  private String tier;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private Instant validFrom;

  @Column(name = "valid_until", nullable = false, updatable = false)
  private Instant validUntil;

  @Column(name = "placed_at", nullable = false, updatable = false)
  private Instant placedAt;

  @Column(name = "removed_at")
  private Instant removedAt;

  @Column(name = "removed_by")
  private String removedBy;

  protected TierFloor() {}

  TierFloor(
      long memberId,
      String source,
      String sourceRef,
      String tier,
      Instant validFrom,
      Instant validUntil,
      Instant placedAt) {
    if (!validUntil.isAfter(validFrom)) {
      throw new IllegalArgumentException("a floor ends after it starts");
    }
    this.memberId = memberId;
    this.source = source;
    this.sourceRef = sourceRef;
    this.tier = tier;
    this.validFrom = validFrom;
    this.validUntil = validUntil;
    this.placedAt = placedAt;
  }

  /** Whether the floor holds the member at {@code at}. */
  public boolean countsAt(Instant at) {
    return removedAt == null && !at.isBefore(validFrom) && at.isBefore(validUntil);
  }

  /** Removes the floor; a removed one stays removed (answers false). */
  boolean remove(String by, Instant at) {
    if (removedAt != null) {
      return false;
    }
    this.removedAt = at;
    this.removedBy = by;
    return true;
  }

  public String tier() {
    return tier;
  }

  /** The highest tier of the floors counting at {@code at}, or null when none does. */
  static String highest(TierLadder ladder, Collection<TierFloor> floors, Instant at) {
    String highest = null;
    for (TierFloor f : floors) {
      if (f.countsAt(at)) {
        highest = ladder.higher(highest, f.tier());
      }
    }
    return highest;
  }
}
