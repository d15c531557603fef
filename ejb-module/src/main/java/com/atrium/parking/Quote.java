package com.atrium.parking;

/**
 * A quote at exit, no effect: the member (plate and card masked, tier) or none, and the perks. A
 * plate of no member gets a quote of zero.
 */
public record Quote(
    String sessionId,
    String maskedPlate,
    String maskedCard,
    String tier,
    long sameDaySpendFen,
    long balance,
    QuoteCalculator.Perks perks) {

  public boolean isMember() {
    return maskedCard != null;
  }
}
