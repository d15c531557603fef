package com.atrium.member;

import java.time.Instant;

/**
 * The operators' member list filters: what was typed ({@link MemberQuery}), a tier code, a status,
 * and a registration period ({@code registeredFrom} included, {@code registeredUntil} excluded);
 * each null or blank when not asked.
 */
public record MemberFilter(
    String query,
    String tier,
    MemberStatus status,
    Instant registeredFrom,
    Instant registeredUntil) {

  public static MemberFilter query(String query) {
    return new MemberFilter(query, null, null, null, null);
  }
}
