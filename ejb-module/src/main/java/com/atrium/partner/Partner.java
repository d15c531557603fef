package com.atrium.partner;

import com.atrium.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A partner programme. A prepaid partner's deposit never goes below zero: {@link #draw} refuses an
 * exchange the deposit cannot pay for.
 */
@Entity
@Table(name = "partner")
@NamedQuery(name = "Partner.byCode", query = "select p from Partner p where p.code = :code")
public class Partner {

  @Id private Long id;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PartnerKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PartnerStatus status;

  private String contact;

  /** The one mall the partner's exchanges belong to; null for the whole group. */
  @Column(name = "mall_id")
  private Long mallId;

  @Enumerated(EnumType.STRING)
  @Column(name = "settlement_mode", nullable = false)
  private SettlementMode settlementMode;

  @Column(name = "deposit_balance", nullable = false)
  private BigDecimal depositBalance;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Partner() {}

  public long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Long mallId() {
    return mallId;
  }

  public SettlementMode settlementMode() {
    return settlementMode;
  }

  public BigDecimal depositBalance() {
    return depositBalance;
  }

  void requireActive() {
    if (status != PartnerStatus.ACTIVE) {
      throw DomainException.conflict("PARTNER_SUSPENDED", "Partner " + code + " is suspended");
    }
  }

  /** Draws {@code amount} CNY from a prepaid deposit; refuses when the deposit has less. */
  void draw(BigDecimal amount) {
    if (depositBalance.compareTo(amount) < 0) {
      throw DomainException.conflict(
          "DEPOSIT_EXHAUSTED",
          "The prepaid deposit holds "
              + depositBalance.toPlainString()
              + " CNY, this exchange costs "
              + amount.toPlainString()
              + " CNY");
    }
    depositBalance = depositBalance.subtract(amount);
  }

  /** Adds a prepaid partner's payment to its deposit; a postpaid partner has no deposit. */
  void topUp(BigDecimal amount) {
    if (settlementMode != SettlementMode.PREPAID) {
      throw DomainException.conflict(
          "PARTNER_NOT_PREPAID", "Partner " + code + " is postpaid and keeps no deposit");
    }
    depositBalance = depositBalance.add(amount);
  }

  PartnerView view() {
    return new PartnerView(
        id, code, name, kind, status, settlementMode, depositBalance, mallId, createdAt);
  }

  /** Gives {@code amount} CNY back to the deposit (a reversed exchange in). */
  void refund(BigDecimal amount) {
    depositBalance = depositBalance.add(amount);
  }
}
