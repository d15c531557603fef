package com.atrium.clearing;

/**
 * Where a clearing run is in its lifecycle (docs/clearing.md, "Runs"). Only a draft is computed
 * again; a closed run never changes.
 */
public enum RunStatus {
  /** Computed from the ledger; may be computed again as often as finance likes. */
  DRAFT,
  /** Frozen for review; waits for a second finance user's approval. */
  IN_REVIEW,
  /** Approved by a finance user who did not start it (four eyes). */
  APPROVED,
  /** Final: the period's statements never change again. */
  CLOSED
}
