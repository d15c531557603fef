package com.atrium.ledger;

public enum AccountKind {
  MEMBER,
  TENANT_ISSUANCE,
  TENANT_REDEMPTION,
  /**
   * The issuer of the points of campaigns a tenant funds (one per tenant): the tenant pays them.
   */
  TENANT_CAMPAIGN,
  OPERATOR_MARKETING,
  PARTNER,
  BREAKAGE
}
