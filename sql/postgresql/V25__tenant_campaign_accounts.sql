-- Tenant-funded campaigns (issue 9): a campaign one tenant funds issues its points from that
-- tenant's TENANT_CAMPAIGN account, so that its lots, refunds, expiries and clearing lines know who
-- pays for them. One such account per tenant, as its issuance and redemption accounts; the
-- application opens it with a new tenant's other accounts, and here for every tenant there is.
alter table ledger_account drop constraint ledger_account_kind_ck;
alter table ledger_account add constraint ledger_account_kind_ck
    check (kind in ('MEMBER', 'TENANT_ISSUANCE', 'TENANT_REDEMPTION', 'TENANT_CAMPAIGN',
                    'OPERATOR_MARKETING', 'PARTNER', 'BREAKAGE'));

insert into ledger_account (id, kind, tenant_id)
select nextval('atrium_seq'), 'TENANT_CAMPAIGN', t.id
  from tenant t
 where not exists (select 1 from ledger_account a
                    where a.tenant_id = t.id and a.kind = 'TENANT_CAMPAIGN')
 order by t.id;

-- A statement line's kind may now be LATE_CAMPAIGN_RETURNED_TO_BLOCK (31 characters).
alter table clearing_line alter column kind type varchar(40);
