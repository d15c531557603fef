package com.atrium.parking;

/** A settlement counts against the day's caps until released. */
public enum SettlementState {
  SETTLED,
  RELEASED
}
