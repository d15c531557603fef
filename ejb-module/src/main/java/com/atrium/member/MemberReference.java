package com.atrium.member;

/**
 * How a caller names a member: by id (someone who has already identified them), or by phone or card
 * number as a till knows them (the card wins when both are given). Checked when it is resolved
 * ({@link MemberService#require(MemberReference)}), where a malformed phone or card is refused.
 */
public record MemberReference(Long id, String phone, String cardNumber) {

  public static MemberReference byId(long id) {
    return new MemberReference(id, null, null);
  }

  public static MemberReference byPhoneOrCard(String phone, String cardNumber) {
    return new MemberReference(null, phone, cardNumber);
  }
}
