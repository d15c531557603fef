package com.atrium.partner;

/**
 * A grant's state as read at an instant: ACTIVE within its period, SCHEDULED before it, EXPIRED
 * after it (never stored: read against the clock), REVOKED by the partner or an operator.
 */
public enum RightState {
  SCHEDULED,
  ACTIVE,
  EXPIRED,
  REVOKED
}
