package com.atrium.clearing;

import java.time.Instant;
import java.util.Objects;

/**
 * What an adjustment line corrects, named on the line (docs/clearing.md, "Late entries"): for a
 * late reversal ({@link Source#ENTRY}), the original journal entry's id, its reference as the
 * ledger wrote it ("Sale R-001", "Points as cash P-7", ...) and when it was booked, which places it
 * in its own, earlier period. An agreed dispute's correction ({@link Source#DISPUTE}) names the
 * dispute's id, "Dispute 12, run 7" and the start of the disputed run's booked period. A parking
 * settlement released after its period ({@link Source#SETTLEMENT}) names the settlement's id,
 * "Parking" and the car park's session, and when it was settled.
 */
public record Adjustment(Source source, long id, String reference, Instant originalBookedAt) {

  /** What an adjustment names. */
  public enum Source {
    /** A journal entry booked in an earlier period, reversed late. */
    ENTRY,
    /** A dispute of an earlier period's statement, accepted by finance with a correction. */
    DISPUTE,
    /** A parking settlement booked in an earlier period, released late. */
    SETTLEMENT
  }

  public Adjustment {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(originalBookedAt, "originalBookedAt");
    reference = reference == null ? "" : reference;
  }
}
