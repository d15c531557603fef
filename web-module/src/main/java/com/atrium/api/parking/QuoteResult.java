package com.atrium.api.parking;

import com.atrium.parking.Quote;
import com.atrium.parking.QuoteCalculator;

/**
 * A quote at exit on the wire: minutes and fen (1/100 CNY) only. {@code member} is null for a plate
 * of no member (a quote of zero); {@code pointsOffer} pays the rest with points.
 */
public record QuoteResult(
    String sessionId,
    Member member,
    boolean holiday,
    int stayMinutes,
    long feeFen,
    int tierMinutes,
    int spendMinutes,
    long sameDaySpendFen,
    int partnerMinutes,
    int capMinutesLeft,
    int discountMinutes,
    long discountFen,
    long remainingFen,
    PointsOffer pointsOffer) {

  /** The member, masked. */
  public record Member(String plate, String cardNumber, String tier) {}

  /** Paying the rest with points: started hours, the points they take, the fen they cover. */
  public record PointsOffer(int hours, long points, long fen, long balance, boolean affordable) {}

  static QuoteResult of(Quote q, long feeFen) {
    QuoteCalculator.Perks p = q.perks();
    return new QuoteResult(
        q.sessionId(),
        q.isMember() ? new Member(q.maskedPlate(), q.maskedCard(), q.tier()) : null,
        p.holiday(),
        p.stayMinutes(),
        feeFen,
        p.tierMinutes(),
        p.spendMinutes(),
        q.sameDaySpendFen(),
        p.partnerMinutes(),
        p.capMinutesLeft(),
        p.discountMinutes(),
        p.discountFen(),
        p.remainingFen(),
        new PointsOffer(
            p.pointHours(), p.points(), p.pointsFen(), q.balance(), q.balance() >= p.points()));
  }
}
