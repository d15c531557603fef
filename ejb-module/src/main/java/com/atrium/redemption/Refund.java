package com.atrium.redemption;

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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A POS refund of (part of) a sale and how its points were taken back: {@code points} = reversed
 * from the sale's own lot + recovered from the member's other points or into a negative balance +
 * left unrecovered (then the member is flagged). Immutable.
 */
@Entity
@Table(name = "refund")
@NamedQuery(
    name = "Refund.byReference",
    query = "select r from Refund r where r.tenantId = :tenant and r.refundReference = :reference")
@NamedQuery(
    name = "Refund.byIdempotencyKey",
    query = "select r from Refund r where r.tenantId = :tenant and r.idempotencyKey = :key")
@NamedQuery(name = "Refund.ofSale", query = "select r from Refund r where r.saleId = :sale")
public class Refund implements ExactlyOnce.Recorded {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  /** The sale's mall. */
  @Column(name = "mall_id", nullable = false, updatable = false)
  private Long mallId;

  @Column(name = "sale_id", nullable = false, updatable = false)
  private Long saleId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private Long memberId;

  @Column(name = "refund_reference", nullable = false, updatable = false)
  private String refundReference;

  @Column(nullable = false, updatable = false)
  private BigDecimal amount;

  @Column(nullable = false, updatable = false)
  private long points;

  @Column(name = "points_reversed", nullable = false, updatable = false)
  private long pointsReversed;

  @Column(name = "points_recovered", nullable = false, updatable = false)
  private long pointsRecovered;

  @Column(name = "points_unrecovered", nullable = false, updatable = false)
  private long pointsUnrecovered;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private RefundPolicy policy;

  @Column(name = "balance_after", nullable = false, updatable = false)
  private long balanceAfter;

  @Column(name = "request_hash", nullable = false, updatable = false)
  private String requestHash;

  @Column(name = "idempotency_key", updatable = false)
  private String idempotencyKey;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected Refund() {}

  Refund(
      long tenantId,
      long mallId,
      long saleId,
      long memberId,
      String refundReference,
      BigDecimal amount,
      long pointsReversed,
      long pointsRecovered,
      long pointsUnrecovered,
      RefundPolicy policy,
      long balanceAfter,
      String requestHash,
      String idempotencyKey,
      String recordedBy,
      Instant recordedAt) {
    this.tenantId = tenantId;
    this.mallId = mallId;
    this.saleId = saleId;
    this.memberId = memberId;
    this.refundReference = refundReference;
    this.amount = amount;
    this.points = pointsReversed + pointsRecovered + pointsUnrecovered;
    this.pointsReversed = pointsReversed;
    this.pointsRecovered = pointsRecovered;
    this.pointsUnrecovered = pointsUnrecovered;
    this.policy = policy;
    this.balanceAfter = balanceAfter;
    this.requestHash = requestHash;
    this.idempotencyKey = idempotencyKey;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  @Override
  public boolean sameRequestAs(String hash) {
    return requestHash.equals(hash);
  }

  public Long id() {
    return id;
  }

  public Long mallId() {
    return mallId;
  }

  public Long saleId() {
    return saleId;
  }

  public Long memberId() {
    return memberId;
  }

  public String refundReference() {
    return refundReference;
  }

  public BigDecimal amount() {
    return amount;
  }

  public long points() {
    return points;
  }

  public long pointsReversed() {
    return pointsReversed;
  }

  public long pointsRecovered() {
    return pointsRecovered;
  }

  public long pointsUnrecovered() {
    return pointsUnrecovered;
  }

  public RefundPolicy policy() {
    return policy;
  }

  public long balanceAfter() {
    return balanceAfter;
  }
}
