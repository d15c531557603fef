-- A coupon for a reward a tenant provides reimburses the tenant when the tenant honours it (核销),
-- not when it is issued: between the two, its points are held on the operator's COUPONS_OUTSTANDING
-- account; the honour moves them to the tenant's redemption account (entry kind HONOUR), a
-- cancellation gives them back to the member. Coupons issued before this version hold their points
-- on the tenant's redemption account already and are honoured without a ledger entry.
alter table ledger_account drop constraint ledger_account_kind_ck;
alter table ledger_account add constraint ledger_account_kind_ck
    check (kind in ('MEMBER', 'TENANT_ISSUANCE', 'TENANT_REDEMPTION', 'TENANT_CAMPAIGN',
                    'OPERATOR_MARKETING', 'COUPONS_OUTSTANDING', 'PARTNER', 'BREAKAGE'));

-- the HONOUR entry of a coupon verified since then
alter table redemption add column honour_entry_id bigint
    references journal_entry (id) deferrable initially deferred;
