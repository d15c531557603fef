-- Twin of sql/postgresql/V25__tenant_campaign_accounts.sql: every tenant gets a TENANT_CAMPAIGN
-- account, the issuer of the campaigns it funds.
alter table ledger_account drop constraint ledger_account_kind_ck;
alter table ledger_account add constraint ledger_account_kind_ck
    check (kind in ('MEMBER', 'TENANT_ISSUANCE', 'TENANT_REDEMPTION', 'TENANT_CAMPAIGN',
                    'OPERATOR_MARKETING', 'PARTNER', 'BREAKAGE'));

insert into ledger_account (id, kind, tenant_id)
select atrium_seq.nextval, 'TENANT_CAMPAIGN', t.id
  from tenant t
 where not exists (select 1 from ledger_account a
                    where a.tenant_id = t.id and a.kind = 'TENANT_CAMPAIGN');

-- A statement line's kind may now be LATE_CAMPAIGN_RETURNED_TO_BLOCK (31 characters).
alter table clearing_line modify (kind varchar2(40 char));
