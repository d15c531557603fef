-- Twin of sql/postgresql/V16__clearing_terms.sql (types as in V1: bigint -> number(19), numeric ->
-- number, varchar -> varchar2 char, timestamptz -> timestamp with time zone).
create table clearing_terms (
    id                       number(19)                primary key,
    tenant_id                number(19)                not null references tenant (id) deferrable initially deferred,
    version                  number(10)                not null,
    effective_from           timestamp with time zone  not null,
    cost_per_point           number(6, 4)              not null,
    reimbursement_per_point  number(6, 4)              not null,
    clearing_fee_percent     number(5, 2)              not null,
    settlement_mode          varchar2(10 char)         not null,
    note                     varchar2(200 char),
    created_by               varchar2(100 char)        not null,
    created_at               timestamp with time zone  not null,
    constraint clearing_terms_version_uq unique (tenant_id, version),
    constraint clearing_terms_rates_ck check (cost_per_point between 0 and 1
        and reimbursement_per_point between 0 and 1
        and clearing_fee_percent between 0 and 100),
    constraint clearing_terms_mode_ck check (settlement_mode in ('POSTPAID', 'PREPAID'))
);
