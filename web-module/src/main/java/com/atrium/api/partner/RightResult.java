package com.atrium.api.partner;

import com.atrium.partner.RightReceipt;
import java.time.Instant;
import java.util.List;

/**
 * A grant as the partner API answers it; whether it repeats an earlier answer is the header {@code
 * Idempotent-Replayed}, not a field. {@code state} is read at the time of the answer: ACTIVE,
 * EXPIRED (its period is over) or REVOKED.
 */
public record RightResult(
    long id,
    String grantId,
    String memberRef,
    String rightCode,
    String state,
    Instant validFrom,
    Instant validUntil,
    Instant grantedAt,
    Instant revokedAt) {

  static RightResult of(RightReceipt r) {
    return new RightResult(
        r.id(),
        r.grantId(),
        r.memberRef(),
        r.rightCode(),
        r.state().name(),
        r.validFrom(),
        r.validUntil(),
        r.grantedAt(),
        r.revokedAt());
  }

  /** A member reference's grants, newest first. */
  public record Page(int total, List<RightResult> rights) {
    static Page of(List<RightReceipt> receipts) {
      return new Page(receipts.size(), receipts.stream().map(RightResult::of).toList());
    }
  }
}
