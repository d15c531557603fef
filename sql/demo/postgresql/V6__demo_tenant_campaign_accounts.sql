-- Every demo tenant's TENANT_CAMPAIGN account, the issuer of the campaigns it funds (schema V25,
-- docs/earning.md "Tenant-funded campaigns"). On a new database the schema's migrations ran before
-- V1 and V2 made the demo tenants, so V25 found none to open it for; on a database seeded before
-- V25 they have it already and nothing is inserted. No tenant-funded campaign is seeded: the
-- demo's earning rules are the configured defaults the application seeds, not data of this set.
insert into ledger_account (id, kind, tenant_id)
select nextval('atrium_seq'), 'TENANT_CAMPAIGN', t.id
  from tenant t
 where not exists (select 1 from ledger_account a
                    where a.tenant_id = t.id and a.kind = 'TENANT_CAMPAIGN')
 order by t.id;
