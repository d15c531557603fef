package com.atrium.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One version of a partner's agreement; never changed, a new version takes over from its date. */
@Entity
@Table(name = "partner_agreement")
@NamedQuery(
    name = "PartnerAgreement.inForce",
    query =
        "select a from PartnerAgreement a where a.partnerId = :partner and a.effectiveFrom <= :at"
            + " order by a.effectiveFrom desc")
public class PartnerAgreement {

  @Id private Long id;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private long partnerId;

  @Column(name = "effective_from", nullable = false, updatable = false)
  private Instant effectiveFrom;

  @Column(name = "rate_in_from", nullable = false, updatable = false)
  private long rateInFrom;

  @Column(name = "rate_in_to", nullable = false, updatable = false)
  private long rateInTo;

  @Column(name = "rate_out_from", nullable = false, updatable = false)
  private long rateOutFrom;

  @Column(name = "rate_out_to", nullable = false, updatable = false)
  private long rateOutTo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Rounding rounding;

  @Column(name = "min_points", nullable = false, updatable = false)
  private long minPoints;

  @Column(name = "max_points", nullable = false, updatable = false)
  private long maxPoints;

  @Column(name = "member_daily_points", nullable = false, updatable = false)
  private long memberDailyPoints;

  @Column(name = "member_monthly_points", nullable = false, updatable = false)
  private long memberMonthlyPoints;

  @Column(name = "partner_daily_points", nullable = false, updatable = false)
  private long partnerDailyPoints;

  @Column(name = "cost_per_point", nullable = false, updatable = false)
  private BigDecimal costPerPoint;

  @Column(name = "fee_fixed", nullable = false, updatable = false)
  private BigDecimal feeFixed;

  @Column(name = "fee_percent", nullable = false, updatable = false)
  private BigDecimal feePercent;

  @Column(name = "reversal_grace_minutes", nullable = false, updatable = false)
  private int reversalGraceMinutes;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected PartnerAgreement() {}

  public long id() {
    return id;
  }

  public AgreementTerms terms() {
    return new AgreementTerms(
        rateInFrom,
        rateInTo,
        rateOutFrom,
        rateOutTo,
        rounding,
        minPoints,
        maxPoints,
        memberDailyPoints,
        memberMonthlyPoints,
        partnerDailyPoints,
        costPerPoint,
        feeFixed,
        feePercent,
        reversalGraceMinutes);
  }

  AgreementView view() {
    return new AgreementView(id, effectiveFrom, terms(), createdAt);
  }
}
