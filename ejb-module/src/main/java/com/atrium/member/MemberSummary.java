package com.atrium.member;

import java.time.LocalDate;

/**
 * A member as the other contexts see it: what earning, redemption and tiers decide on, without the
 * phone in clear and without the entity.
 */
public record MemberSummary(
    long id,
    String cardNumber,
    String maskedPhone,
    String name,
    LocalDate birthday,
    String language,
    String tier,
    MemberStatus status) {

  static MemberSummary of(Member m) {
    return new MemberSummary(
        m.id(),
        m.cardNumber(),
        m.phone().masked(),
        m.name(),
        m.birthday(),
        m.language(),
        m.tier(),
        m.status());
  }

  /** The card as {@link MemberDirectory#maskedCards} shows it: 88******1234. */
  public String maskedCard() {
    return new CardNumber(cardNumber).masked();
  }

  public boolean isActive() {
    return status == MemberStatus.ACTIVE;
  }
}
