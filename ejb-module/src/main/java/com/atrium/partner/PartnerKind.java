package com.atrium.partner;

/** What a partner is. */
public enum PartnerKind {
  BANK,
  AIRLINE,
  HOTEL,
  TELECOM,
  OTHER
}
