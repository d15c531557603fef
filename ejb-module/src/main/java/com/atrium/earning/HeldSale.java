package com.atrium.earning;

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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A sale above its tenant's approval threshold, waiting with everything it was asked with. It is
 * decided once: approved (then booked as a sale, {@link #saleId}) or rejected with a reason.
 */
@Entity
@Table(name = "held_sale")
@NamedQuery(
    name = "HeldSale.byReceipt",
    query = "select h from HeldSale h where h.tenantId = :tenant and h.receiptNumber = :receipt")
@NamedQuery(
    name = "HeldSale.pending",
    query =
        "select h from HeldSale h where h.status = com.atrium.earning.HeldSale.Status.PENDING"
            + " order by h.heldAt, h.id")
@NamedQuery(
    name = "HeldSale.pendingOfMall",
    query =
        "select h from HeldSale h where h.status = com.atrium.earning.HeldSale.Status.PENDING"
            + " and h.mallId = :mall order by h.heldAt, h.id")
@NamedQuery(
    name = "HeldSale.pendingOfTenant",
    query =
        "select h from HeldSale h where h.status = com.atrium.earning.HeldSale.Status.PENDING"
            + " and h.tenantId = :tenant order by h.heldAt, h.id")
public class HeldSale implements ExactlyOnce.Recorded {

  /** Where a held sale stands. */
  public enum Status {
    PENDING,
    APPROVED,
    REJECTED
  }

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @Column(name = "mall_id", nullable = false, updatable = false)
  private Long mallId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private Long memberId;

  @Column(name = "receipt_number", nullable = false, updatable = false)
  private String receiptNumber;

  @Column(nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal amount;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Channel channel;

  @Column(name = "request_hash", nullable = false, updatable = false)
  private String requestHash;

  @Column(name = "idempotency_key", updatable = false)
  private String idempotencyKey;

  @Column(name = "held_by", nullable = false, updatable = false)
  private String heldBy;

  @Column(name = "held_at", nullable = false, updatable = false)
  private Instant heldAt;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "sale_id")
  private Long saleId;

  protected HeldSale() {}

  HeldSale(
      long tenantId,
      long mallId,
      long memberId,
      String receiptNumber,
      BigDecimal amount,
      Instant occurredAt,
      Channel channel,
      String requestHash,
      String idempotencyKey,
      String heldBy,
      Instant heldAt,
      String reason) {
    this.tenantId = tenantId;
    this.mallId = mallId;
    this.memberId = memberId;
    this.receiptNumber = receiptNumber;
    this.amount = amount;
    this.occurredAt = occurredAt;
    this.channel = channel;
    this.requestHash = requestHash;
    this.idempotencyKey = idempotencyKey;
    this.heldBy = heldBy;
    this.heldAt = heldAt;
    this.reason = reason;
    this.status = Status.PENDING;
  }

  void approved(long saleId, String by, Instant at) {
    requirePending();
    this.status = Status.APPROVED;
    this.saleId = saleId;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  void rejected(String why, String by, Instant at) {
    requirePending();
    this.status = Status.REJECTED;
    this.decisionReason = why;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  private void requirePending() {
    if (status != Status.PENDING) {
      throw DomainException.conflict(
          "HELD_SALE_DECIDED", "Held sale " + id + " was already " + status.name().toLowerCase());
    }
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

  public String receiptNumber() {
    return receiptNumber;
  }

  public BigDecimal amount() {
    return amount;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  Channel channel() {
    return channel;
  }

  String requestHash() {
    return requestHash;
  }

  String idempotencyKey() {
    return idempotencyKey;
  }

  public String heldBy() {
    return heldBy;
  }

  public Instant heldAt() {
    return heldAt;
  }

  public String reason() {
    return reason;
  }

  public Status status() {
    return status;
  }

  public Long saleId() {
    return saleId;
  }

  HeldSaleView view(String tenantCode, String tenantName) {
    return new HeldSaleView(
        id,
        tenantId,
        tenantCode,
        tenantName,
        memberId,
        receiptNumber,
        amount,
        occurredAt,
        heldBy,
        heldAt,
        reason,
        status.name(),
        decidedBy,
        decidedAt,
        decisionReason,
        saleId);
  }
}
