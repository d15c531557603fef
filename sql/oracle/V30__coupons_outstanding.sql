-- Twin of sql/postgresql/V30__coupons_outstanding.sql: the operator's COUPONS_OUTSTANDING account
-- holds a tenant-provided coupon's points until the tenant honours it (核销).
alter table ledger_account drop constraint ledger_account_kind_ck;
alter table ledger_account add constraint ledger_account_kind_ck
    check (kind in ('MEMBER', 'TENANT_ISSUANCE', 'TENANT_REDEMPTION', 'TENANT_CAMPAIGN',
                    'OPERATOR_MARKETING', 'COUPONS_OUTSTANDING', 'PARTNER', 'BREAKAGE'));

alter table redemption add (honour_entry_id number(19)
    references journal_entry (id) deferrable initially deferred);
