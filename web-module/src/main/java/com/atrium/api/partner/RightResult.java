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

  /** One page of a member reference's grants, newest first; {@code total} counts every page. */
  public record Page(long total, int offset, int limit, List<RightResult> rights) {
    static Page of(com.atrium.platform.Page<RightReceipt> page) {
      return new Page(
          page.total(),
          page.offset(),
          page.limit(),
          page.rows().stream().map(RightResult::of).toList());
    }
  }
}
