package com.atrium.partner;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One exchange, identified by the partner's transaction id (unique per partner). Its state moves
 * only forward: PENDING to CONFIRMED or REJECTED, COMPLETED or PENDING or CONFIRMED to REVERSED
 * within the window; every move is a method here that refuses the others.
 */
@Entity
@Table(name = "partner_exchange")
@NamedQuery(
    name = "Exchange.byTxn",
    query = "select e from Exchange e where e.partnerId = :partner and e.partnerTxnId = :txn")
@NamedQuery(
    name = "Exchange.memberSince",
    query =
        "select coalesce(sum(e.points), 0) from Exchange e where e.partnerId = :partner"
            + " and e.memberId = :member and e.direction = :direction"
            + " and e.businessDay >= :from and e.state in :counting")
@NamedQuery(
    name = "Exchange.partnerOn",
    query =
        "select coalesce(sum(e.points), 0) from Exchange e where e.partnerId = :partner"
            + " and e.direction = :direction and e.businessDay = :day and e.state in :counting")
public class Exchange implements ExactlyOnce.Recorded {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private long partnerId;

  @Column(name = "partner_txn_id", nullable = false, updatable = false)
  private String partnerTxnId;

  @Column(name = "link_id", nullable = false, updatable = false)
  private long linkId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "agreement_id", nullable = false, updatable = false)
  private long agreementId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Direction direction;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ExchangeState state;

  @Column(nullable = false, updatable = false)
  private long points;

  @Column(name = "partner_amount", nullable = false, updatable = false)
  private long partnerAmount;

  @Column(name = "value_cny", nullable = false, updatable = false)
  private BigDecimal value;

  @Column(nullable = false, updatable = false)
  private BigDecimal fee;

  /** Paid from the partner's prepaid deposit when made (an exchange in only); never changes. */
  @Column(name = "drawn_from_deposit", nullable = false, updatable = false)
  private boolean drawnFromDeposit;

  @Column(name = "request_hash", nullable = false, updatable = false)
  private String requestHash;

  @Column(name = "entry_id", nullable = false, updatable = false)
  private long entryId;

  @Column(name = "undo_entry_id")
  private Long undoEntryId;

  @Column(name = "business_day", nullable = false, updatable = false)
  private LocalDate businessDay;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "reversible_until", nullable = false, updatable = false)
  private Instant reversibleUntil;

  @Column(name = "settled_at")
  private Instant settledAt;

  @Version private long version;

  protected Exchange() {}

  Exchange(
      long partnerId,
      String partnerTxnId,
      long linkId,
      long memberId,
      long agreementId,
      Direction direction,
      long points,
      long partnerAmount,
      BigDecimal value,
      BigDecimal fee,
      boolean drawnFromDeposit,
      String requestHash,
      long entryId,
      LocalDate businessDay,
      Instant requestedAt,
      Instant reversibleUntil) {
    this.partnerId = partnerId;
    this.partnerTxnId = partnerTxnId;
    this.linkId = linkId;
    this.memberId = memberId;
    this.agreementId = agreementId;
    this.direction = direction;
    this.state = direction == Direction.IN ? ExchangeState.COMPLETED : ExchangeState.PENDING;
    this.points = points;
    this.partnerAmount = partnerAmount;
    this.value = value;
    if (drawnFromDeposit && direction != Direction.IN) {
      throw new IllegalArgumentException("only an exchange in is drawn from a deposit");
    }
    this.fee = fee;
    this.drawnFromDeposit = drawnFromDeposit;
    this.requestHash = requestHash;
    this.entryId = entryId;
    this.businessDay = businessDay;
    this.requestedAt = requestedAt;
    this.reversibleUntil = reversibleUntil;
    this.settledAt = direction == Direction.IN ? requestedAt : null;
  }

  @Override
  public boolean sameRequestAs(String hash) {
    return requestHash.equals(hash);
  }

  /** Confirms a pending exchange out; answers false when it was confirmed before (a replay). */
  boolean confirm(Instant now) {
    if (state == ExchangeState.CONFIRMED) {
      return false;
    }
    requireState(ExchangeState.PENDING, "confirmed");
    state = ExchangeState.CONFIRMED;
    settledAt = now;
    return true;
  }

  /** Rejects a pending exchange out; false when it was rejected before. The caller gives back. */
  boolean reject(long undoEntry, Instant now) {
    if (state == ExchangeState.REJECTED) {
      return false;
    }
    requireState(ExchangeState.PENDING, "rejected");
    state = ExchangeState.REJECTED;
    undoEntryId = undoEntry;
    settledAt = now;
    return true;
  }

  /** Whether a reversal at {@code now} is still in the window (its end excluded). */
  boolean reversibleAt(Instant now) {
    return now.isBefore(reversibleUntil);
  }

  /**
   * Checks that the exchange may be reversed now: in a reversible state and inside the window.
   * Answers false when it was reversed before (a replay).
   */
  boolean checkReversible(Instant now) {
    if (state == ExchangeState.REVERSED) {
      return false;
    }
    if (state == ExchangeState.REJECTED) {
      throw DomainException.conflict(
          "EXCHANGE_STATE_CONFLICT",
          "Exchange " + partnerTxnId + " was rejected, nothing to reverse");
    }
    if (!reversibleAt(now)) {
      throw DomainException.conflict(
          "REVERSAL_WINDOW_CLOSED",
          "Exchange " + partnerTxnId + " could be reversed until " + reversibleUntil);
    }
    return true;
  }

  void reversed(Long undoEntry, Instant now) {
    state = ExchangeState.REVERSED;
    undoEntryId = undoEntry;
    settledAt = now;
  }

  void requireState(ExchangeState expected, String verb) {
    if (direction != Direction.OUT || state != expected) {
      throw DomainException.conflict(
          "EXCHANGE_STATE_CONFLICT",
          "Exchange " + partnerTxnId + " is " + direction + " " + state + " and cannot be " + verb);
    }
  }

  public long id() {
    return id;
  }

  public String partnerTxnId() {
    return partnerTxnId;
  }

  public long memberId() {
    return memberId;
  }

  public long linkId() {
    return linkId;
  }

  public long partnerId() {
    return partnerId;
  }

  public Direction direction() {
    return direction;
  }

  public ExchangeState state() {
    return state;
  }

  public long points() {
    return points;
  }

  public long partnerAmount() {
    return partnerAmount;
  }

  public BigDecimal value() {
    return value;
  }

  public BigDecimal fee() {
    return fee;
  }

  /** Whether the exchange was paid from the deposit: what its reversal gives back, and clearing. */
  public boolean drawnFromDeposit() {
    return drawnFromDeposit;
  }

  public long entryId() {
    return entryId;
  }

  public Long undoEntryId() {
    return undoEntryId;
  }

  public long agreementId() {
    return agreementId;
  }

  public LocalDate businessDay() {
    return businessDay;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant reversibleUntil() {
    return reversibleUntil;
  }

  public Instant settledAt() {
    return settledAt;
  }
}
