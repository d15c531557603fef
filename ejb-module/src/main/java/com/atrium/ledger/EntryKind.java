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
  /** A reversing entry that cancels (part of) an earlier one. */
  REVERSAL
}
