package com.atrium.partner;

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
 * One version of a partner's agreement; never changed, a new version takes over from its date. A
 * version not yet in force may be withdrawn (deleted): no exchange can have used it.
 */
@Entity
@Table(name = "partner_agreement")
@NamedQuery(
    name = "PartnerAgreement.inForce",
    query =
        "select a from PartnerAgreement a where a.partnerId = :partner and a.effectiveFrom <= :at"
            + " order by a.effectiveFrom desc")
public class PartnerAgreement {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

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

  PartnerAgreement(long partnerId, Instant effectiveFrom, AgreementTerms t, Instant now) {
    this.partnerId = partnerId;
    this.effectiveFrom = effectiveFrom;
    this.rateInFrom = t.rateInFrom();
    this.rateInTo = t.rateInTo();
    this.rateOutFrom = t.rateOutFrom();
    this.rateOutTo = t.rateOutTo();
    this.rounding = t.rounding();
    this.minPoints = t.minPoints();
    this.maxPoints = t.maxPoints();
    this.memberDailyPoints = t.memberDailyPoints();
    this.memberMonthlyPoints = t.memberMonthlyPoints();
    this.partnerDailyPoints = t.partnerDailyPoints();
    this.costPerPoint = t.costPerPoint();
    this.feeFixed = t.feeFixed();
    this.feePercent = t.feePercent();
    this.reversalGraceMinutes = t.reversalGraceMinutes();
    this.createdAt = now;
  }

  Instant effectiveFrom() {
    return effectiveFrom;
  }

  /** Whether the version is in force at {@code now} or was before: then it never changes. */
  boolean startedBy(Instant now) {
    return !effectiveFrom.isAfter(now);
  }

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
