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
  /**
   * The operator's account holding the points of coupons for rewards tenants provide, from the
   * redemption until the tenant honours the coupon (核销) or it is cancelled; what stays here after a
   * coupon's validity ends is the operator's, as breakage is.
   */
  COUPONS_OUTSTANDING,
  PARTNER,
  BREAKAGE
}
