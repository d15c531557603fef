package com.atrium.partner;

import java.time.Instant;

/**
 * A member's link to a partner as the operator's member page shows it: the partner, its member
 * reference, since when it is linked and, once ended by either side, when and by whom.
 */
public record MemberLink(
    long id,
    String partnerCode,
    String partnerName,
    String memberRef,
    LinkState state,
    Instant linkedAt,
    Instant unlinkedAt,
    String unlinkedBy)
    implements java.io.Serializable {

  public boolean isActive() {
    return state == LinkState.ACTIVE;
  }
}
