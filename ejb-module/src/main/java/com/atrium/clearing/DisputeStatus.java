package com.atrium.clearing;

/** Where a tenant's dispute of its statement stands (docs/clearing.md, "Disputes"). */
public enum DisputeStatus {
  /** Raised by the tenant's manager; the run cannot be approved while one is open. */
  OPEN,
  /** Finance agreed a correction, carried into a later period as an adjustment. */
  ACCEPTED,
  /** Finance answered that the statement stands. */
  REJECTED
}
