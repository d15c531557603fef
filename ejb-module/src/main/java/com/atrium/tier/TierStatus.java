package com.atrium.tier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The tier context's state of one member beside {@code member.tier}: the operator's floor (a tier
 * set by hand, never reviewed away) and the review state (grace start, last review day).
 */
@Entity
@Table(name = "tier_status")
public class TierStatus {

  @Id
  @Column(name = "member_id")
  private Long memberId;

  @Column(name = "floor_tier")
  private String floorTier;

  @Column(name = "floor_reason")
  private String floorReason;

  @Column(name = "floor_set_by")
  private String floorSetBy;

  @Column(name = "floor_set_at")
  private Instant floorSetAt;

  @Column(name = "below_since")
  private LocalDate belowSince;

  @Column(name = "reviewed_on")
  private LocalDate reviewedOn;

  @Version private long version;

  protected TierStatus() {}

  TierStatus(long memberId) {
    this.memberId = memberId;
  }

  void setFloor(String tier, String reason, String by, Instant at) {
    this.floorTier = tier;
    this.floorReason = reason;
    this.floorSetBy = by;
    this.floorSetAt = at;
  }

  void reviewed(LocalDate on, LocalDate belowSince) {
    this.reviewedOn = on;
    this.belowSince = belowSince;
  }

  /** A member who qualifies again leaves the grace period. */
  void qualified() {
    this.belowSince = null;
  }

  public Long memberId() {
    return memberId;
  }

  public String floorTier() {
    return floorTier;
  }

  public String floorReason() {
    return floorReason;
  }

  public String floorSetBy() {
    return floorSetBy;
  }

  public Instant floorSetAt() {
    return floorSetAt;
  }

  public LocalDate belowSince() {
    return belowSince;
  }

  public LocalDate reviewedOn() {
    return reviewedOn;
  }
}
