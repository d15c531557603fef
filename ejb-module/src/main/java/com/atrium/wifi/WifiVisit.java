package com.atrium.wifi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A member's visit of a business day in a mall: the first session with enough dwell. At most one
 * per member, mall and day (the unique key), so its points are granted at most once.
 */
@Entity
@Table(name = "wifi_visit")
@NamedQuery(
    name = "WifiVisit.count",
    query =
        "select count(v) from WifiVisit v where v.memberId = :member and v.mallId = :mall"
            + " and v.businessDay = :day")
@NamedQuery(
    name = "WifiVisit.pointsBetween",
    query =
        "select count(v) from WifiVisit v where v.memberId = :member and v.points > 0"
            + " and v.businessDay >= :from and v.businessDay <= :to")
public class WifiVisit {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "mall_id", nullable = false, updatable = false)
  private long mallId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "business_day", nullable = false, updatable = false)
  private LocalDate businessDay;

  @Column(name = "session_id", nullable = false, updatable = false)
  private long sessionId;

  @Column(nullable = false, updatable = false)
  private long points;

  @Column(name = "entry_id", updatable = false)
  private Long entryId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected WifiVisit() {}

  WifiVisit(
      long mallId,
      long memberId,
      LocalDate businessDay,
      long sessionId,
      long points,
      Long entryId,
      Instant now) {
    this.mallId = mallId;
    this.memberId = memberId;
    this.businessDay = businessDay;
    this.sessionId = sessionId;
    this.points = points;
    this.entryId = entryId;
    this.createdAt = now;
  }
}
