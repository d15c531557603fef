package com.atrium.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One change of a prepaid partner's deposit, with the balance right after it; never changed. */
@Entity
@Table(name = "partner_deposit_movement")
public class DepositMovement {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private long partnerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private DepositReason reason;

  @Column(nullable = false, updatable = false)
  private BigDecimal amount;

  @Column(name = "balance_after", nullable = false, updatable = false)
  private BigDecimal balanceAfter;

  @Column(name = "exchange_id", updatable = false)
  private Long exchangeId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(updatable = false)
  private String reference;

  protected DepositMovement() {}

  /** A top-up of {@code amount} CNY recording the payment {@code reference}. */
  static DepositMovement topUp(
      long partnerId, BigDecimal amount, BigDecimal balanceAfter, String reference, Instant at) {
    DepositMovement m =
        new DepositMovement(partnerId, DepositReason.TOP_UP, amount, balanceAfter, null, at);
    m.reference = reference;
    return m;
  }

  DepositView view() {
    return new DepositView(id, reason, amount, balanceAfter, exchangeId, reference, createdAt);
  }

  BigDecimal amount() {
    return amount;
  }

  DepositMovement(
      long partnerId,
      DepositReason reason,
      BigDecimal amount,
      BigDecimal balanceAfter,
      Long exchangeId,
      Instant createdAt) {
    this.partnerId = partnerId;
    this.reason = reason;
    this.amount = amount;
    this.balanceAfter = balanceAfter;
    this.exchangeId = exchangeId;
    this.createdAt = createdAt;
  }
}
