package com.atrium.partner;

/** Whether a partner may exchange (a suspended one is refused, its links kept). */
public enum PartnerStatus {
  ACTIVE,
  SUSPENDED
}
