package com.atrium.api.pos;

import com.atrium.member.MemberView;

/** What a till may know of a member: card, masked phone, name, tier and balance. */
public record MemberBalance(
    String cardNumber, String maskedPhone, String name, String tier, long balance) {

  static MemberBalance of(MemberView m) {
    return new MemberBalance(m.cardNumber(), m.maskedPhone(), m.name(), m.tier(), m.balance());
  }
}
