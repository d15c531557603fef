package com.atrium.api.pos;

import com.atrium.ledger.ExpiringPoints;
import com.atrium.member.MemberView;
import java.time.Instant;
import java.util.Optional;

/**
 * What a till may know of a member: card, masked phone, name, tier, balance, and when the soonest
 * of their points expire and how many (both null when the member holds no points).
 */
public record MemberBalance(
    String cardNumber,
    String maskedPhone,
    String name,
    String tier,
    long balance,
    Instant nextExpiryAt,
    Long nextExpiryPoints) {

  static MemberBalance of(MemberView m) {
    return of(m, Optional.empty());
  }

  static MemberBalance of(MemberView m, Optional<ExpiringPoints> next) {
    return new MemberBalance(
        m.cardNumber(),
        m.maskedPhone(),
        m.name(),
        m.tier(),
        m.balance(),
        next.map(ExpiringPoints::expiresAt).orElse(null),
        next.map(ExpiringPoints::points).orElse(null));
  }
}
