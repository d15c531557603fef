package com.atrium.ledger;

/**
 * A ledger account as the read side names it: its id, kind and owner (a member, a tenant, a
 * partner, or none for the operator's accounts). Issuers and redeemers are accounts: a tenant
 * issues from its {@code TENANT_ISSUANCE} account and redeems into its {@code TENANT_REDEMPTION}
 * account, and the points of a campaign it funds from its {@code TENANT_CAMPAIGN} account; the
 * operator issues and redeems through {@code OPERATOR_MARKETING}.
 */
public record AccountRef(
    long accountId, AccountKind kind, Long memberId, Long tenantId, String partnerCode) {}
