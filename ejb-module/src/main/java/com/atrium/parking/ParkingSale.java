package com.atrium.parking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Parking's copy of a recent sale, kept by {@link ParkingSales} from the earning context's events
 * in the sale's and each refund's transaction: {@code amount} is what still counts as spend.
 */
@Entity
@Table(name = "parking_sale")
@NamedQuery(
    name = "ParkingSale.purge",
    query = "delete from ParkingSale s where s.occurredAt < :before")
public class ParkingSale {

  @Id
  @Column(name = "sale_id")
  private long saleId;

  @Column(name = "member_id", nullable = false)
  private long memberId;

  @Column(name = "mall_id", nullable = false)
  private long mallId;

  @Column(name = "tenant_id", nullable = false)
  private long tenantId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private BigDecimal amount;

  protected ParkingSale() {}

  ParkingSale(
      long saleId,
      long memberId,
      long mallId,
      long tenantId,
      Instant occurredAt,
      BigDecimal amount) {
    this.saleId = saleId;
    this.memberId = memberId;
    this.mallId = mallId;
    this.tenantId = tenantId;
    this.occurredAt = occurredAt;
    this.amount = amount;
  }

  void refunded(BigDecimal cny) {
    this.amount = this.amount.subtract(cny);
  }
}
