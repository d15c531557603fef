package com.atrium.redemption;

import com.atrium.platform.DomainException;
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
 * A sale voided at the till, once per sale. DONE when its points went back through the refund
 * {@code VOID-<saleId>}; PENDING while a merchant manager has to approve it because the member had
 * already spent some of them; REJECTED when the manager refused.
 */
@Entity
@Table(name = "sale_void")
@NamedQuery(
    name = "SaleVoid.pendingOfTenant",
    query =
        "select v from SaleVoid v where v.tenantId = :tenant and v.status = 'PENDING'"
            + " order by v.voidedAt, v.id")
@NamedQuery(name = "SaleVoid.ofSale", query = "select v from SaleVoid v where v.saleId = :sale")
public class SaleVoid {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "sale_id", nullable = false, updatable = false)
  private Long saleId;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "voided_by", nullable = false, updatable = false)
  private String voidedBy;

  @Column(name = "voided_at", nullable = false, updatable = false)
  private Instant voidedAt;

  @Column(nullable = false)
  private String status;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "refund_id")
  private Long refundId;

  protected SaleVoid() {}

  SaleVoid(long saleId, long tenantId, String reason, String voidedBy, Instant voidedAt) {
    this.saleId = saleId;
    this.tenantId = tenantId;
    this.reason = reason;
    this.voidedBy = voidedBy;
    this.voidedAt = voidedAt;
    this.status = "PENDING";
  }

  void done(long refundId, String approvedBy, Instant at) {
    requirePending();
    this.status = "DONE";
    this.refundId = refundId;
    this.approvedBy = approvedBy;
    this.decidedAt = at;
  }

  void rejected(String by, Instant at) {
    requirePending();
    this.status = "REJECTED";
    this.approvedBy = by;
    this.decidedAt = at;
  }

  private void requirePending() {
    if (!"PENDING".equals(status)) {
      throw DomainException.conflict(
          "VOID_DECIDED", "The void of sale " + saleId + " is " + status);
    }
  }

  public Long id() {
    return id;
  }

  public Long saleId() {
    return saleId;
  }

  public Long tenantId() {
    return tenantId;
  }

  public String reason() {
    return reason;
  }

  public String voidedBy() {
    return voidedBy;
  }

  public Instant voidedAt() {
    return voidedAt;
  }

  public String status() {
    return status;
  }

  public Long refundId() {
    return refundId;
  }

  SaleVoidView view() {
    return new SaleVoidView(id, saleId, reason, voidedBy, voidedAt, status);
  }
}
