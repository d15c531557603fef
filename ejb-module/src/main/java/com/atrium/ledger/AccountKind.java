package com.atrium.ledger;

public enum AccountKind {
  MEMBER,
  TENANT_ISSUANCE,
  TENANT_REDEMPTION,
  OPERATOR_MARKETING,
  PARTNER,
  BREAKAGE
}
