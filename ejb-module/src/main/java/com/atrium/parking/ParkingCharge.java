package com.atrium.parking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Who pays for a settlement's free minutes (docs/parking.md, "Who pays"): the operator, a partner,
 * or a tenant whose sales unlocked them. Traceable to the settlement (its session) and, through
 * {@link ParkingSpendSale}, to the sales.
 */
@Entity
@Table(name = "parking_charge")
@NamedQuery(
    name = "ParkingCharge.partnerMinutesOfMember",
    query =
        "select c.partnerCode, sum(c.minutes) from ParkingCharge c, ParkingSettlement s"
            + " where s.id = c.settlementId and s.memberId = :member and s.businessDay = :day"
            + " and c.payerKind = 'PARTNER' and s.state = com.atrium.parking.SettlementState.SETTLED"
            + " group by c.partnerCode")
@NamedQuery(
    name = "ParkingCharge.forPeriod",
    query =
        "select new com.atrium.parking.ChargeLine(c.businessDay, c.payerKind, c.tenantId,"
            + " c.partnerCode, c.reason, s.sessionId, s.id, c.minutes, c.amount)"
            + " from ParkingCharge c, ParkingSettlement s where s.id = c.settlementId"
            + " and c.mallId = :mall and c.businessDay >= :from and c.businessDay < :to"
            + " and s.state = com.atrium.parking.SettlementState.SETTLED"
            + " order by c.businessDay, s.id, c.id")
public class ParkingCharge {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "settlement_id", nullable = false, updatable = false)
  private long settlementId;

  @Column(name = "mall_id", nullable = false, updatable = false)
  private long mallId;

  @Column(name = "business_day", nullable = false, updatable = false)
  private LocalDate businessDay;

  @Column(name = "payer_kind", nullable = false, updatable = false)
  private String payerKind;

  @Column(name = "tenant_id", updatable = false)
  private Long tenantId;

  @Column(name = "partner_code", updatable = false)
  private String partnerCode;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(nullable = false, updatable = false)
  private BigDecimal minutes;

  @Column(nullable = false, updatable = false)
  private BigDecimal amount;

  protected ParkingCharge() {}

  /** The partner's part: the minutes its rights gave, at the free hour's cost. */
  static ParkingCharge partner(
      long settlementId,
      long mallId,
      LocalDate day,
      String partnerCode,
      int minutes,
      BigDecimal freeHourCost) {
    ParkingCharge c = new ParkingCharge();
    c.settlementId = settlementId;
    c.mallId = mallId;
    c.businessDay = day;
    c.payerKind = "PARTNER";
    c.partnerCode = partnerCode;
    c.reason = "PARTNER";
    c.minutes = BigDecimal.valueOf(minutes).setScale(2);
    c.amount = CostSplit.cost(minutes, freeHourCost);
    return c;
  }

  ParkingCharge(long settlementId, long mallId, LocalDate day, CostSplit.Share share) {
    this.settlementId = settlementId;
    this.mallId = mallId;
    this.businessDay = day;
    this.payerKind = share.payerKind();
    this.tenantId = share.tenantId();
    this.reason = share.reason();
    this.minutes = share.minutes();
    this.amount = share.amount();
  }
}
