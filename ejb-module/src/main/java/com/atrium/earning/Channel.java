package com.atrium.earning;

/** Where a sale was recorded. */
public enum Channel {
  POS,
  PORTAL,
  DEMO
}
