package com.atrium.partner;

import com.atrium.platform.DomainException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What finance fills in for a new agreement version (docs/partners.md, "Editing partners and
 * agreements"): the first business day it is in force and its terms, each field as typed (null when
 * left empty). {@link #problems} judges every field at once, so that a form can show each refusal
 * at its field; the service refuses the first. A version starts on a day after today: one already
 * in force, or past, governs exchanges that happened and never changes.
 */
public record AgreementDraft(
    LocalDate effectiveDay,
    Long rateInFrom,
    Long rateInTo,
    Long rateOutFrom,
    Long rateOutTo,
    Rounding rounding,
    Long minPoints,
    Long maxPoints,
    Long memberDailyPoints,
    Long memberMonthlyPoints,
    Long partnerDailyPoints,
    BigDecimal costPerPoint,
    BigDecimal feeFixed,
    BigDecimal feePercent,
    Integer reversalGraceMinutes)
    implements Serializable {

  /** The largest side of a rate: keeps units × rate far from overflowing a long. */
  public static final long MAX_RATE = 1_000_000;

  /** The longest reversal grace: a week after the business day ends. */
  public static final int MAX_GRACE_MINUTES = 7 * 24 * 60;

  /** A refusal of one field: its stable code and the field's name. */
  public record Problem(String field, String code, String message) implements Serializable {
    public DomainException exception() {
      return DomainException.invalid(code, field, message);
    }
  }

  /** A draft with the demo's defaults (no limits beyond the minimum, 180 minutes' grace). */
  public static AgreementDraft blank() {
    return new AgreementDraft(
        null,
        null,
        null,
        null,
        null,
        Rounding.DOWN,
        1L,
        0L,
        0L,
        0L,
        0L,
        null,
        BigDecimal.ZERO.setScale(2),
        BigDecimal.ZERO.setScale(2),
        AgreementTerms.DEFAULT_REVERSAL_GRACE_MINUTES);
  }

  /** Every field's refusal, in the form's order; empty when the draft may become a version. */
  public List<Problem> problems(LocalDate today) {
    List<Problem> p = new ArrayList<>();
    if (effectiveDay == null || !effectiveDay.isAfter(today)) {
      p.add(
          new Problem(
              "effectiveDay",
              "AGREEMENT_DAY_INVALID",
              "A new version starts on a day after today (" + today + ")"));
    }
    rate(p, "rateInFrom", rateInFrom);
    rate(p, "rateInTo", rateInTo);
    rate(p, "rateOutFrom", rateOutFrom);
    rate(p, "rateOutTo", rateOutTo);
    if (rounding == null) {
      p.add(new Problem("rounding", "AGREEMENT_ROUNDING_REQUIRED", "Choose a rounding"));
    }
    if (minPoints == null || minPoints < 1) {
      p.add(
          new Problem(
              "minPoints", "AGREEMENT_MIN_INVALID", "The minimum per exchange is at least 1"));
    }
    boolean limits = limit(p, "maxPoints", maxPoints);
    if (limits && minPoints != null && maxPoints > 0 && maxPoints < minPoints) {
      p.add(
          new Problem(
              "maxPoints",
              "AGREEMENT_MAX_BELOW_MIN",
              "The maximum per exchange is 0 (no limit) or at least the minimum"));
    }
    boolean daily = limit(p, "memberDailyPoints", memberDailyPoints);
    if (limit(p, "memberMonthlyPoints", memberMonthlyPoints)
        && daily
        && memberMonthlyPoints > 0
        && memberDailyPoints > memberMonthlyPoints) {
      p.add(
          new Problem(
              "memberMonthlyPoints",
              "AGREEMENT_MONTH_BELOW_DAY",
              "A member's monthly limit is 0 (no limit) or at least the daily one"));
    }
    limit(p, "partnerDailyPoints", partnerDailyPoints);
    // the columns: cost numeric(6,4), fixed fee numeric(10,2), percentage numeric(5,2)
    if (costPerPoint == null
        || costPerPoint.signum() <= 0
        || costPerPoint.stripTrailingZeros().scale() > 4
        || costPerPoint.compareTo(new BigDecimal("99")) > 0) {
      p.add(
          new Problem(
              "costPerPoint",
              "AGREEMENT_COST_INVALID",
              "The cost per point is above 0 and at most 99 CNY, with at most 4 decimals"));
    }
    if (feeFixed == null
        || feeFixed.signum() < 0
        || feeFixed.stripTrailingZeros().scale() > 2
        || feeFixed.compareTo(new BigDecimal("1000000")) > 0) {
      p.add(
          new Problem(
              "feeFixed",
              "AGREEMENT_FEE_INVALID",
              "The fee per exchange is 0 to 1,000,000 CNY, with at most 2 decimals"));
    }
    if (feePercent == null
        || feePercent.signum() < 0
        || feePercent.stripTrailingZeros().scale() > 2
        || feePercent.compareTo(new BigDecimal("100")) > 0) {
      p.add(
          new Problem(
              "feePercent",
              "AGREEMENT_PERCENT_INVALID",
              "The fee percentage is 0 to 100, with at most 2 decimals"));
    }
    if (reversalGraceMinutes == null
        || reversalGraceMinutes < 0
        || reversalGraceMinutes > MAX_GRACE_MINUTES) {
      p.add(
          new Problem(
              "reversalGraceMinutes",
              "AGREEMENT_GRACE_INVALID",
              "The reversal grace is 0 to " + MAX_GRACE_MINUTES + " minutes"));
    }
    return p;
  }

  /** The terms, once {@link #problems} is empty. */
  AgreementTerms terms() {
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
        feeFixed.setScale(2),
        feePercent.setScale(2),
        reversalGraceMinutes);
  }

  private static void rate(List<Problem> p, String field, Long value) {
    if (value == null || value < 1 || value > MAX_RATE) {
      p.add(
          new Problem(
              field,
              "AGREEMENT_RATE_INVALID",
              "Each side of a rate is a whole number from 1 to " + MAX_RATE));
    }
  }

  /** A limit in points: 0 (none) or positive. True when it is one. */
  private static boolean limit(List<Problem> p, String field, Long value) {
    if (value == null || value < 0) {
      p.add(
          new Problem(
              field, "AGREEMENT_LIMIT_INVALID", "A limit is 0 (no limit) or a positive number"));
      return false;
    }
    return true;
  }
}
