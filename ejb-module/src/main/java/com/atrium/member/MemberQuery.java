package com.atrium.member;

import java.util.Locale;

/**
 * What an operator typed into the member search, read once: a whole card number or phone (exact), a
 * run of 4 or more digits (the last 4 digits of a phone, or any part of a card number), a name
 * (contains), or nothing (everyone). Blanks and dashes between digits are ignored, as people type
 * them ({@code 8800 0001}).
 */
public record MemberQuery(Kind kind, String value) {

  /** How a query is matched; each kind has its own index (V1 and V46). */
  public enum Kind {
    ALL,
    CARD,
    PHONE,
    DIGITS,
    NAME
  }

  /** Fewer digits than this would match a large part of the members: read as a name instead. */
  public static final int MIN_DIGITS = 4;

  public static MemberQuery of(String typed) {
    String q = typed == null ? "" : typed.trim();
    if (q.isEmpty()) {
      return new MemberQuery(Kind.ALL, "");
    }
    if (CardNumber.looksLikeOne(q)) {
      // a mistyped check digit finds nobody rather than failing the search
      return new MemberQuery(Kind.CARD, CardNumber.compact(q));
    }
    if (PhoneNumber.looksLikeOne(q)) {
      return new MemberQuery(Kind.PHONE, PhoneNumber.parse(q).digits());
    }
    String digits = CardNumber.compact(q);
    if (digits.length() >= MIN_DIGITS && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return new MemberQuery(Kind.DIGITS, digits);
    }
    return new MemberQuery(Kind.NAME, q.toLowerCase(Locale.ROOT).replace("%", "").replace("_", ""));
  }

  /** True when these digits may be the last 4 of a phone (exactly four of them). */
  public boolean mayBePhoneEnding() {
    return kind == Kind.DIGITS && value.length() == MIN_DIGITS;
  }
}
