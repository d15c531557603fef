package com.atrium.parking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** A receipt that unlocked a settlement's spend minutes; a receipt counts once (unique sale). */
@Entity
@Table(name = "parking_spend_sale")
@IdClass(ParkingSpendSale.Key.class)
@NamedQuery(
    name = "ParkingSpendSale.used",
    query = "select s.saleId from ParkingSpendSale s where s.saleId in :sales")
@NamedQuery(
    name = "ParkingSpendSale.ofSettlement",
    query = "delete from ParkingSpendSale s where s.settlementId = :settlement")
public class ParkingSpendSale {

  @Id
  @Column(name = "settlement_id")
  private long settlementId;

  @Id
  @Column(name = "sale_id")
  private long saleId;

  @Column(name = "tenant_id", nullable = false)
  private long tenantId;

  @Column(nullable = false)
  private BigDecimal amount;

  protected ParkingSpendSale() {}

  ParkingSpendSale(long settlementId, long saleId, long tenantId, BigDecimal amount) {
    this.settlementId = settlementId;
    this.saleId = saleId;
    this.tenantId = tenantId;
    this.amount = amount;
  }

  long settlementId() {
    return settlementId;
  }

  long saleId() {
    return saleId;
  }

  long tenantId() {
    return tenantId;
  }

  BigDecimal amount() {
    return amount;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    long settlementId;
    long saleId;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.settlementId == settlementId && k.saleId == saleId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(settlementId, saleId);
    }
  }
}
