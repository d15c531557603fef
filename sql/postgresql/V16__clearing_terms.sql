-- A tenant's clearing terms and their history (docs/clearing.md, "Terms and their history"): each
-- row is one version, in force from effective_from until the tenant's next version by start (then
-- by number). Versions are numbered per tenant (1 = the seed): two concurrent changes cannot take
-- the same number, and the key holds no timestamptz, which Oracle cannot key. Rows are only
-- ever added, never changed: a statement line is priced with the version in force when its journal
-- entry was booked, so a booked line's rate never changes. Seeded from tenant-config for every
-- tenant without terms (created_by 'tenant-config').
create table clearing_terms (
    id                       bigint         primary key,
    tenant_id                bigint         not null references tenant (id) deferrable initially deferred,
    version                  integer        not null,
    effective_from           timestamptz    not null,
    cost_per_point           numeric(6, 4)  not null,
    reimbursement_per_point  numeric(6, 4)  not null,
    clearing_fee_percent     numeric(5, 2)  not null,
    settlement_mode          varchar(10)    not null,
    note                     varchar(200),
    created_by               varchar(100)   not null,
    created_at               timestamptz    not null,
    constraint clearing_terms_version_uq unique (tenant_id, version),
    constraint clearing_terms_rates_ck check (cost_per_point between 0 and 1
        and reimbursement_per_point between 0 and 1
        and clearing_fee_percent between 0 and 100),
    constraint clearing_terms_mode_ck check (settlement_mode in ('POSTPAID', 'PREPAID'))
);
