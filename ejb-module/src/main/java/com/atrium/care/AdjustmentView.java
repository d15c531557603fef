package com.atrium.care;

import java.time.Instant;

/**
 * A manual points adjustment as staff see it: signed points (credit &gt; 0), the reason, the
 * threshold it was judged by (null: none), who asked and when, its status (PENDING, BOOKED,
 * REJECTED), who approved or rejected it, and the journal entry once booked.
 */
public record AdjustmentView(
    long id,
    long memberId,
    long points,
    String reason,
    Long threshold,
    String requestedBy,
    Instant requestedAt,
    String status,
    String decidedBy,
    Instant decidedAt,
    String decisionReason,
    Long entryId) {

  public boolean isPending() {
    return "PENDING".equals(status);
  }
}
