package com.atrium.redemption;

import com.atrium.earning.Channel;
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
import java.time.Instant;

/**
 * One redemption of a reward by a member and the coupon it issued. Its status moves ISSUED →
 * VERIFIED (the provider redeemed the coupon) or ISSUED → CANCELLED (points given back), each move
 * a conditional update on the status ({@link RedemptionBook}), so that of two concurrent moves
 * exactly one wins.
 */
@Entity
@Table(name = "redemption")
@NamedQuery(
    name = "Redemption.byIdempotencyKey",
    query = "select r from Redemption r where r.client = :client and r.idempotencyKey = :key")
@NamedQuery(
    name = "Redemption.byCoupon",
    query = "select r from Redemption r where r.couponCode = :code")
@NamedQuery(
    name = "Redemption.ofMember",
    query =
        "select r from Redemption r where r.memberId = :member order by r.issuedAt desc, r.id desc")
public class Redemption implements ExactlyOnce.Recorded {

  public enum Status {
    ISSUED,
    VERIFIED,
    CANCELLED
  }

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "reward_id", nullable = false, updatable = false)
  private Long rewardId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private Long memberId;

  @Column(name = "provider_tenant_id", updatable = false)
  private Long providerTenantId;

  /**
   * The provider's mall; for the operator's own stock, the mall it was redeemed at (a POS's, a
   * one-mall operator's), or null when a group-wide operator redeemed it.
   */
  @Column(name = "mall_id", updatable = false)
  private Long mallId;

  @Column(nullable = false, updatable = false)
  private long points;

  @Column(name = "journal_entry_id", nullable = false, updatable = false)
  private Long journalEntryId;

  @Column(name = "balance_after", nullable = false, updatable = false)
  private long balanceAfter;

  @Column(name = "coupon_code", nullable = false, updatable = false)
  private String couponCode;

  @Column(nullable = false, insertable = true, updatable = false)
  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "valid_until", nullable = false, updatable = false)
  private Instant validUntil;

  @Column(name = "verified_at", updatable = false)
  private Instant verifiedAt;

  @Column(name = "verified_by", updatable = false)
  private String verifiedBy;

  @Column(name = "cancelled_at", updatable = false)
  private Instant cancelledAt;

  @Column(name = "cancelled_by", updatable = false)
  private String cancelledBy;

  @Column(name = "cancel_entry_id", updatable = false)
  private Long cancelEntryId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Channel channel;

  @Column(nullable = false, updatable = false)
  private String client;

  @Column(name = "request_hash", nullable = false, updatable = false)
  private String requestHash;

  @Column(name = "idempotency_key", updatable = false)
  private String idempotencyKey;

  protected Redemption() {}

  Redemption(
      Reward reward,
      Long mallId,
      long memberId,
      long journalEntryId,
      long balanceAfter,
      String couponCode,
      Instant issuedAt,
      Channel channel,
      String client,
      String requestHash,
      String idempotencyKey) {
    this.rewardId = reward.id();
    this.memberId = memberId;
    this.providerTenantId = reward.providerTenantId();
    this.mallId = mallId;
    this.points = reward.pointsPrice();
    this.journalEntryId = journalEntryId;
    this.balanceAfter = balanceAfter;
    this.couponCode = couponCode;
    this.status = Status.ISSUED;
    this.issuedAt = issuedAt;
    this.validUntil = reward.couponValidUntil(issuedAt);
    this.channel = channel;
    this.client = client;
    this.requestHash = requestHash;
    this.idempotencyKey = idempotencyKey;
  }

  @Override
  public boolean sameRequestAs(String hash) {
    return requestHash.equals(hash);
  }

  public Long id() {
    return id;
  }

  public Long rewardId() {
    return rewardId;
  }

  public Long mallId() {
    return mallId;
  }

  public Long memberId() {
    return memberId;
  }

  public Long providerTenantId() {
    return providerTenantId;
  }

  public long points() {
    return points;
  }

  public Long journalEntryId() {
    return journalEntryId;
  }

  public long balanceAfter() {
    return balanceAfter;
  }

  public String couponCode() {
    return couponCode;
  }

  public Status status() {
    return status;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant validUntil() {
    return validUntil;
  }

  public Instant verifiedAt() {
    return verifiedAt;
  }

  public String verifiedBy() {
    return verifiedBy;
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }

  public String client() {
    return client;
  }
}
