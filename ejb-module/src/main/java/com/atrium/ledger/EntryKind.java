package com.atrium.ledger;

/** Why a journal entry was written. */
public enum EntryKind {
  /** Points earned on a sale, funded by the tenant. */
  EARN,
  /** Points granted by the operator (welcome gift, campaign, goodwill). */
  GRANT,
  /** Points spent. */
  REDEEM,
  /** Points that reached their expiry date. */
  EXPIRE,
  /**
   * A coupon a tenant honoured (核销): its points move from the coupons outstanding to the tenant's
   * redemption account, where clearing reimburses them. Never reversed: a verified coupon stays.
   */
  HONOUR,
  /** A reversing entry that cancels (part of) an earlier one. */
  REVERSAL
}
