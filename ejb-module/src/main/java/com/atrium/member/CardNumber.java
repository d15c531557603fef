package com.atrium.member;

import com.atrium.platform.DomainException;
import java.util.regex.Pattern;

/**
 * A membership card number: "88", the member id in 9 digits, and a Luhn check digit, so that a
 * mistyped number is caught before any lookup.
 */
public record CardNumber(String value) {

  private static final Pattern SHAPE = Pattern.compile("88\\d{10}");

  public CardNumber {
    if (value == null || !SHAPE.matcher(value).matches() || !luhnValid(value)) {
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

  /** A card number as people type it: blanks and dashes between the digits are dropped. */
  public static CardNumber parse(String raw) {
    return new CardNumber(compact(raw));
  }

  /**
   * True when what someone typed is meant as a card number (88 and ten more digits, blanks and
   * dashes aside), whether or not its check digit is right; {@link #parse} then decides.
   */
  public static boolean looksLikeOne(String raw) {
    String compact = compact(raw);
    return compact != null && SHAPE.matcher(compact).matches();
  }

  /** What someone typed without blanks and dashes (null stays null); not checked. */
  public static String compact(String raw) {
    return raw == null ? null : raw.replaceAll("[\\s-]", "");
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

  /**
   * 88******1234: what a tenant may see of a member on its own statement's drill-down (the card
   * carries the member id, so the whole number would name the member).
   */
  public String masked() {
    return value.substring(0, 2) + "******" + value.substring(8);
  }

  @Override
  public String toString() {
    return value;
  }
}
