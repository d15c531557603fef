package com.atrium.parking;

import com.atrium.platform.DomainException;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a car park applied at one exit, identified by its session id in its mall: a replay with the
 * same body finds it, another body is refused. While SETTLED it counts against the day's caps (free
 * minutes of the car, the member's spend grant and point hours); a release within the mall's window
 * gives the points back and frees the caps.
 */
@Entity
@Table(name = "parking_settlement")
@NamedQuery(
    name = "ParkingSettlement.bySession",
    query = "select s from ParkingSettlement s where s.mallId = :mall and s.sessionId = :session")
@NamedQuery(
    name = "ParkingSettlement.spendGrants",
    query =
        "select count(s) from ParkingSettlement s where s.memberId = :member and s.businessDay = :day"
            + " and s.spendMinutes > 0 and s.state = com.atrium.parking.SettlementState.SETTLED")
// a binding's settlements are its member's (both come from the one BoundPlate), so the car's
// minutes are a part of the member's day: one pass over the member's settlements gives all three
@NamedQuery(
    name = "ParkingSettlement.dayOfMember",
    query =
        "select coalesce(sum(case when s.bindingId = :binding then s.appliedMinutes else 0 end), 0),"
            + " coalesce(sum(case when s.spendMinutes > 0 then 1 else 0 end), 0),"
            + " coalesce(sum(s.pointHours), 0)"
            + " from ParkingSettlement s where s.memberId = :member and s.businessDay = :day"
            + " and s.state = com.atrium.parking.SettlementState.SETTLED")
// the same three sums for the member a plate is bound to, in the round trip that finds the plate:
// the quote at exit asks these and nothing else of this context (a plate of no member: no row;
// a member without a parking_member copy: nulls there), with the member's unused spend in the mall
// from :from to :upTo in parking's copy of the sales (a receipt a settlement holds is used)
@NamedQuery(
    name = "ParkingSettlement.dayOfPlate",
    query =
        "select b.memberId, b.id, b.masked,"
            + " coalesce(sum(case when s.bindingId = b.id then s.appliedMinutes else 0 end), 0),"
            + " coalesce(sum(case when s.spendMinutes > 0 then 1 else 0 end), 0),"
            + " coalesce(sum(s.pointHours), 0),"
            + " m.tier, m.active, m.maskedCard, m.partnerRights,"
            + " (select coalesce(sum(p.amount), 0) from ParkingSale p where p.memberId = b.memberId"
            + " and p.mallId = :mall and p.occurredAt >= :from and p.occurredAt <= :upTo"
            + " and not exists (select u.saleId from ParkingSpendSale u where u.saleId = p.saleId))"
            + " from PlateBinding b left join ParkingMember m on m.memberId = b.memberId"
            + " left join ParkingSettlement s on s.memberId = b.memberId"
            + " and s.businessDay = :day and s.state = com.atrium.parking.SettlementState.SETTLED"
            + " where b.blindIndex in :indexes and b.unboundAt is null"
            + " group by b.memberId, b.id, b.masked, m.tier, m.active, m.maskedCard,"
            + " m.partnerRights")
public class ParkingSettlement implements ExactlyOnce.Recorded {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "mall_id", nullable = false, updatable = false)
  private long mallId;

  @Column(name = "session_id", nullable = false, updatable = false)
  private String sessionId;

  @Column(name = "request_hash", nullable = false, updatable = false)
  private String requestHash;

  @Column(name = "member_id", updatable = false)
  private Long memberId;

  @Column(name = "binding_id", updatable = false)
  private Long bindingId;

  @Column(name = "business_day", nullable = false, updatable = false)
  private LocalDate businessDay;

  @Column(name = "entered_at", nullable = false, updatable = false)
  private Instant enteredAt;

  @Column(name = "exited_at", nullable = false, updatable = false)
  private Instant exitedAt;

  @Column(name = "fee_fen", nullable = false, updatable = false)
  private long feeFen;

  @Column(name = "applied_minutes", nullable = false, updatable = false)
  private int appliedMinutes;

  @Column(name = "applied_fen", nullable = false, updatable = false)
  private long appliedFen;

  @Column(name = "tier_minutes", nullable = false, updatable = false)
  private int tierMinutes;

  @Column(name = "spend_minutes", nullable = false, updatable = false)
  private int spendMinutes;

  @Column(name = "partner_minutes", nullable = false, updatable = false)
  private int partnerMinutes;

  @Column(name = "point_hours", nullable = false, updatable = false)
  private int pointHours;

  @Column(nullable = false, updatable = false)
  private long points;

  @Column(name = "points_entry_id")
  private Long pointsEntryId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SettlementState state;

  @Column(name = "settled_at", nullable = false, updatable = false)
  private Instant settledAt;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Column(name = "release_entry_id")
  private Long releaseEntryId;

  @Version private long version;

  protected ParkingSettlement() {}

  ParkingSettlement(
      long mallId,
      String sessionId,
      String requestHash,
      BoundPlate plate,
      LocalDate businessDay,
      Instant enteredAt,
      Instant exitedAt,
      long feeFen,
      long appliedFen,
      QuoteCalculator.Perks applied,
      Instant settledAt) {
    this.mallId = mallId;
    this.sessionId = sessionId;
    this.requestHash = requestHash;
    this.memberId = plate == null ? null : plate.memberId();
    this.bindingId = plate == null ? null : plate.bindingId();
    this.businessDay = businessDay;
    this.enteredAt = enteredAt;
    this.exitedAt = exitedAt;
    this.feeFen = feeFen;
    this.appliedMinutes = applied.discountMinutes();
    this.appliedFen = appliedFen;
    this.tierMinutes = applied.appliedTierMinutes();
    this.spendMinutes = applied.appliedSpendMinutes();
    this.partnerMinutes = applied.appliedPartnerMinutes();
    this.pointHours = applied.pointHours();
    this.points = applied.points();
    this.state = SettlementState.SETTLED;
    this.settledAt = settledAt;
  }

  void pointsPaid(long entryId) {
    this.pointsEntryId = entryId;
  }

  /** Releases within the window after settling; RELEASE_WINDOW_OVER after it. */
  void release(Instant now, Long releaseEntryId) {
    this.state = SettlementState.RELEASED;
    this.releasedAt = now;
    this.releaseEntryId = releaseEntryId;
  }

  void requireReleasable(Instant now, Duration window) {
    if (now.isAfter(settledAt.plus(window))) {
      throw DomainException.conflict(
          "PARKING_RELEASE_TOO_LATE",
          "A settlement is released within " + window.toMinutes() + " minutes of settling");
    }
  }

  @Override
  public boolean sameRequestAs(String hash) {
    return requestHash.equals(hash);
  }

  Receipt receipt(boolean replayed) {
    return new Receipt(
        id,
        sessionId,
        state.name(),
        appliedMinutes,
        appliedFen,
        tierMinutes,
        spendMinutes,
        pointHours,
        points,
        settledAt,
        releasedAt,
        replayed,
        partnerMinutes);
  }

  long id() {
    return id;
  }

  Long memberId() {
    return memberId;
  }

  long points() {
    return points;
  }

  Long pointsEntryId() {
    return pointsEntryId;
  }

  int spendMinutes() {
    return spendMinutes;
  }

  int tierMinutes() {
    return tierMinutes;
  }

  LocalDate businessDay() {
    return businessDay;
  }

  long mallId() {
    return mallId;
  }

  boolean isReleased() {
    return state == SettlementState.RELEASED;
  }

  /** What the car park gets back: the receipt id and what was recorded. */
  public record Receipt(
      long receiptId,
      String sessionId,
      String state,
      int appliedMinutes,
      long appliedFen,
      int tierMinutes,
      int spendMinutes,
      int pointHours,
      long points,
      Instant settledAt,
      Instant releasedAt,
      boolean replayed,
      int partnerMinutes) {}
}
