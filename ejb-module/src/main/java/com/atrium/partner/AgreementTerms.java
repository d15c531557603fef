package com.atrium.partner;

import com.atrium.platform.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The arithmetic of one agreement version: rates both ways with their rounding, the limits, the fee
 * and the reversal window. Pure, so that it is tested without a container. Rates are integer pairs
 * (10 partner units → 1 point in; 100 points → 8 partner units out); limits count mall points and 0
 * means no limit.
 */
public record AgreementTerms(
    long rateInFrom,
    long rateInTo,
    long rateOutFrom,
    long rateOutTo,
    Rounding rounding,
    long minPoints,
    long maxPoints,
    long memberDailyPoints,
    long memberMonthlyPoints,
    long partnerDailyPoints,
    BigDecimal costPerPoint,
    BigDecimal feeFixed,
    BigDecimal feePercent,
    int reversalGraceMinutes)
    implements java.io.Serializable {

  /** The default window: the rest of the business day plus three hours. */
  public static final int DEFAULT_REVERSAL_GRACE_MINUTES = 180;

  public AgreementTerms {
    if (rateInFrom <= 0 || rateInTo <= 0 || rateOutFrom <= 0 || rateOutTo <= 0) {
      throw new IllegalArgumentException("rates are positive");
    }
    if (minPoints < 1 || maxPoints < 0 || reversalGraceMinutes < 0) {
      throw new IllegalArgumentException("limits are not negative, the minimum at least 1");
    }
  }

  /** The mall points {@code partnerAmount} partner units buy (exchange in). */
  public long pointsIn(long partnerAmount) {
    return rounding.divide(
        Math.multiplyExact(requirePositive(partnerAmount), rateInTo), rateInFrom);
  }

  /** The partner units {@code points} mall points buy (exchange out). */
  public long partnerAmountOut(long points) {
    return rounding.divide(Math.multiplyExact(requirePositive(points), rateOutTo), rateOutFrom);
  }

  /** Refuses an exchange of {@code points} below the minimum or above the maximum per exchange. */
  public void checkPerExchange(long points) {
    if (points < minPoints) {
      throw DomainException.invalid(
          "EXCHANGE_BELOW_MINIMUM",
          "points",
          "An exchange is at least " + minPoints + " points; this one is " + points);
    }
    if (maxPoints > 0 && points > maxPoints) {
      throw DomainException.invalid(
          "EXCHANGE_ABOVE_MAXIMUM",
          "points",
          "An exchange is at most " + maxPoints + " points; this one is " + points);
    }
  }

  /** What the member and the partner already exchanged in one direction, in mall points. */
  public record Usage(long memberToday, long memberThisMonth, long partnerToday) {}

  /** Refuses an exchange of {@code points} that would pass a member's or the partner's limit. */
  public void checkLimits(long points, Usage used) {
    if (memberDailyPoints > 0 && used.memberToday() + points > memberDailyPoints) {
      throw DomainException.conflict(
          "MEMBER_DAILY_LIMIT",
          "The member may exchange "
              + Math.max(0, memberDailyPoints - used.memberToday())
              + " more points today");
    }
    if (memberMonthlyPoints > 0 && used.memberThisMonth() + points > memberMonthlyPoints) {
      throw DomainException.conflict(
          "MEMBER_MONTHLY_LIMIT",
          "The member may exchange "
              + Math.max(0, memberMonthlyPoints - used.memberThisMonth())
              + " more points this month");
    }
    if (partnerDailyPoints > 0 && used.partnerToday() + points > partnerDailyPoints) {
      throw DomainException.conflict(
          "PARTNER_DAILY_CAP",
          "The partner may exchange "
              + Math.max(0, partnerDailyPoints - used.partnerToday())
              + " more points today");
    }
  }

  /** What {@code points} mall points are worth to the partner, CNY to the fen. */
  public BigDecimal valueOf(long points) {
    return costPerPoint.multiply(BigDecimal.valueOf(points)).setScale(2, RoundingMode.HALF_UP);
  }

  /** The fee of an exchange of {@code points}: the fixed part plus a percentage of its value. */
  public BigDecimal feeOf(long points) {
    return feeFixed
        .add(valueOf(points).multiply(feePercent).movePointLeft(2))
        .setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * Until when an exchange made at {@code at} may be reversed (exclusive): the end of its business
   * day in {@code zone} plus the grace minutes.
   */
  public Instant reversibleUntil(Instant at, ZoneId zone) {
    LocalDate day = LocalDate.ofInstant(at, zone);
    return day.plusDays(1).atStartOfDay(zone).toInstant().plusSeconds(60L * reversalGraceMinutes);
  }

  private static long requirePositive(long n) {
    if (n <= 0) {
      throw DomainException.invalid("AMOUNT_INVALID", "amount", "Exchange a positive amount");
    }
    return n;
  }
}
