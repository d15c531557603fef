package com.atrium.partner;

/** OPEN until finance resolves it with a reason, or a newer upload of the day supersedes it. */
public enum MismatchStatus {
  OPEN,
  RESOLVED,
  SUPERSEDED
}
