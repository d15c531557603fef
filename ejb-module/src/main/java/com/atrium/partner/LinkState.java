package com.atrium.partner;

/** A partner link: waiting for its one-time code, linked, or unlinked by either side. */
public enum LinkState {
  PENDING,
  ACTIVE,
  UNLINKED
}
