package com.atrium.member;

import java.time.Instant;

/**
 * A member's standing as the service desk reads it: the status and, while blocked, why, by whom and
 * since when; when and through which channel (POS, TILL, DESK; null before V47) and at which tenant
 * the member registered.
 */
public record MemberStanding(
    long memberId,
    MemberStatus status,
    String blockedReason,
    String blockedBy,
    Instant blockedAt,
    Instant registeredAt,
    String registrationChannel,
    Long registeredByTenantId) {

  static MemberStanding of(Member m) {
    return new MemberStanding(
        m.id(),
        m.status(),
        m.blockedReason(),
        m.blockedBy(),
        m.blockedAt(),
        m.registeredAt(),
        m.registrationChannel(),
        m.registeredByTenantId());
  }

  public boolean isBlocked() {
    return status == MemberStatus.BLOCKED;
  }
}
