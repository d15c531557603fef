package com.atrium.partner;

/** The three queues of a reconciliation: which side lacks the exchange, or what differs. */
public enum MismatchKind {
  MISSING_IN_ATRIUM,
  MISSING_AT_PARTNER,
  AMOUNTS_DIFFER
}
