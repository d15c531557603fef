package com.atrium.portal.operator.clearing;

import com.atrium.partner.AgreementDraft;
import com.atrium.partner.Rounding;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The new agreement version's fields on the partners page, as typed (null when empty), starting
 * from the demo's defaults. Holds no rule: {@link AgreementDraft#problems} judges the fields.
 */
public class AgreementForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private LocalDate effectiveDay;
  private Long rateInFrom;
  private Long rateInTo;
  private Long rateOutFrom;
  private Long rateOutTo;
  private Rounding rounding;
  private Long minPoints;
  private Long maxPoints;
  private Long memberDailyPoints;
  private Long memberMonthlyPoints;
  private Long partnerDailyPoints;
  private BigDecimal costPerPoint;
  private BigDecimal feeFixed;
  private BigDecimal feePercent;
  private Long reversalGraceMinutes;

  AgreementForm(LocalDate tomorrow) {
    AgreementDraft d = AgreementDraft.blank();
    effectiveDay = tomorrow;
    rounding = d.rounding();
    minPoints = d.minPoints();
    maxPoints = d.maxPoints();
    memberDailyPoints = d.memberDailyPoints();
    memberMonthlyPoints = d.memberMonthlyPoints();
    partnerDailyPoints = d.partnerDailyPoints();
    feeFixed = d.feeFixed();
    feePercent = d.feePercent();
    reversalGraceMinutes = (long) d.reversalGraceMinutes();
  }

  AgreementDraft draft() {
    Integer grace =
        reversalGraceMinutes == null
            ? null
            : (int) Math.max(-1, Math.min(reversalGraceMinutes, Integer.MAX_VALUE));
    return new AgreementDraft(
        effectiveDay,
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
        grace);
  }

  public LocalDate getEffectiveDay() {
    return effectiveDay;
  }

  public void setEffectiveDay(LocalDate effectiveDay) {
    this.effectiveDay = effectiveDay;
  }

  public Long getRateInFrom() {
    return rateInFrom;
  }

  public void setRateInFrom(Long rateInFrom) {
    this.rateInFrom = rateInFrom;
  }

  public Long getRateInTo() {
    return rateInTo;
  }

  public void setRateInTo(Long rateInTo) {
    this.rateInTo = rateInTo;
  }

  public Long getRateOutFrom() {
    return rateOutFrom;
  }

  public void setRateOutFrom(Long rateOutFrom) {
    this.rateOutFrom = rateOutFrom;
  }

  public Long getRateOutTo() {
    return rateOutTo;
  }

  public void setRateOutTo(Long rateOutTo) {
    this.rateOutTo = rateOutTo;
  }

  public Rounding getRounding() {
    return rounding;
  }

  public void setRounding(Rounding rounding) {
    this.rounding = rounding;
  }

  public Long getMinPoints() {
    return minPoints;
  }

  public void setMinPoints(Long minPoints) {
    this.minPoints = minPoints;
  }

  public Long getMaxPoints() {
    return maxPoints;
  }

  public void setMaxPoints(Long maxPoints) {
    this.maxPoints = maxPoints;
  }

  public Long getMemberDailyPoints() {
    return memberDailyPoints;
  }

  public void setMemberDailyPoints(Long memberDailyPoints) {
    this.memberDailyPoints = memberDailyPoints;
  }

  public Long getMemberMonthlyPoints() {
    return memberMonthlyPoints;
  }

  public void setMemberMonthlyPoints(Long memberMonthlyPoints) {
    this.memberMonthlyPoints = memberMonthlyPoints;
  }

  public Long getPartnerDailyPoints() {
    return partnerDailyPoints;
  }

  public void setPartnerDailyPoints(Long partnerDailyPoints) {
    this.partnerDailyPoints = partnerDailyPoints;
  }

  public BigDecimal getCostPerPoint() {
    return costPerPoint;
  }

  public void setCostPerPoint(BigDecimal costPerPoint) {
    this.costPerPoint = costPerPoint;
  }

  public BigDecimal getFeeFixed() {
    return feeFixed;
  }

  public void setFeeFixed(BigDecimal feeFixed) {
    this.feeFixed = feeFixed;
  }

  public BigDecimal getFeePercent() {
    return feePercent;
  }

  public void setFeePercent(BigDecimal feePercent) {
    this.feePercent = feePercent;
  }

  public Long getReversalGraceMinutes() {
    return reversalGraceMinutes;
  }

  public void setReversalGraceMinutes(Long reversalGraceMinutes) {
    this.reversalGraceMinutes = reversalGraceMinutes;
  }
}
