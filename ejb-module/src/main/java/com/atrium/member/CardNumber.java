package com.atrium.member;

import com.atrium.platform.DomainException;

/**
 * A membership card number: "88", the member id in 9 digits, and a Luhn check digit, so that a
 * mistyped number is caught before any lookup.
 */
public record CardNumber(String value) {

  public CardNumber {
    if (value == null || !value.matches("88\\d{10}") || !luhnValid(value)) {
      throw DomainException.invalid(
          "CARD_NUMBER_INVALID", "cardNumber", "A card number is 12 digits starting with 88");
    }
  }

  public static CardNumber forMember(long memberId) {
    if (memberId <= 0 || memberId > 999_999_999L) {
      throw new IllegalArgumentException("member id out of card range: " + memberId);
    }
    String body = "88" + String.format("%09d", memberId);
    return new CardNumber(body + luhnDigit(body));
  }

  public static CardNumber parse(String raw) {
    return new CardNumber(raw == null ? null : raw.replaceAll("[\\s-]", ""));
  }

  static int luhnDigit(String body) {
    int sum = 0;
    boolean dbl = true;
    for (int i = body.length() - 1; i >= 0; i--) {
      int d = body.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return (10 - sum % 10) % 10;
  }

  private static boolean luhnValid(String number) {
    return luhnDigit(number.substring(0, number.length() - 1))
        == number.charAt(number.length() - 1) - '0';
  }

  @Override
  public String toString() {
    return value;
  }
}
