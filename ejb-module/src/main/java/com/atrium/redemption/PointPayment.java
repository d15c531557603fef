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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Points a member spent as cash at a tenant's till. The tenant and its payment reference identify
 * it, so a replay gets the original back; the request hash tells a replay from a different payment
 * reusing the reference. Immutable once written.
 */
@Entity
@Table(name = "point_payment")
@NamedQuery(
    name = "PointPayment.byReference",
    query =
        "select p from PointPayment p where p.tenantId = :tenant and p.paymentReference = :reference")
@NamedQuery(
    name = "PointPayment.byIdempotencyKey",
    query = "select p from PointPayment p where p.tenantId = :tenant and p.idempotencyKey = :key")
public class PointPayment implements ExactlyOnce.Recorded {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  /** The mall of the tenant whose till took the points. */
  @Column(name = "mall_id", nullable = false, updatable = false)
  private Long mallId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private Long memberId;

  @Column(name = "payment_reference", nullable = false, updatable = false)
  private String paymentReference;

  @Column(name = "bill_amount", nullable = false, updatable = false)
  private BigDecimal billAmount;

  @Column(nullable = false, updatable = false)
  private long points;

  @Column(name = "cash_value", nullable = false, updatable = false)
  private BigDecimal cashValue;

  @Column(name = "journal_entry_id", nullable = false, updatable = false)
  private Long journalEntryId;

  @Column(name = "balance_after", nullable = false, updatable = false)
  private long balanceAfter;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Channel channel;

  @Column(name = "request_hash", nullable = false, updatable = false)
  private String requestHash;

  @Column(name = "idempotency_key", updatable = false)
  private String idempotencyKey;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected PointPayment() {}

  PointPayment(
      long tenantId,
      long mallId,
      long memberId,
      String paymentReference,
      BigDecimal billAmount,
      long points,
      BigDecimal cashValue,
      long journalEntryId,
      long balanceAfter,
      Channel channel,
      String requestHash,
      String idempotencyKey,
      String recordedBy,
      Instant recordedAt) {
    this.tenantId = tenantId;
    this.mallId = mallId;
    this.memberId = memberId;
    this.paymentReference = paymentReference;
    this.billAmount = billAmount;
    this.points = points;
    this.cashValue = cashValue;
    this.journalEntryId = journalEntryId;
    this.balanceAfter = balanceAfter;
    this.channel = channel;
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

  public Long tenantId() {
    return tenantId;
  }

  public Long mallId() {
    return mallId;
  }

  public Long memberId() {
    return memberId;
  }

  public String paymentReference() {
    return paymentReference;
  }

  public BigDecimal billAmount() {
    return billAmount;
  }

  public long points() {
    return points;
  }

  public BigDecimal cashValue() {
    return cashValue;
  }

  public long balanceAfter() {
    return balanceAfter;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
