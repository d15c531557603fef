-- Twin of sql/postgresql/V37__partner_reconciliation.sql.
-- Reconciliation with partners (docs/partners.md, "Reconciliation"): each upload of a partner's
-- daily file, and the mismatches its matching found, which finance resolves with a reason. A new
-- upload for the same day supersedes the open mismatches of the one before; resolved ones stay.
create table partner_recon_upload (
    id             number(19)        primary key,
    partner_id     number(19)        not null references partner (id) deferrable initially deferred,
    business_day   date          not null,
    file_sha256    varchar2(64 char)   not null,
    line_count     number(10)    not null,
    matched        number(10)    not null,
    mismatched     number(10)    not null,
    uploaded_at    timestamp with time zone   not null,
    uploaded_by    varchar2(100 char)  not null
);
create index partner_recon_upload_day_idx on partner_recon_upload (partner_id, business_day);

-- atrium_* are Atrium's view of the exchange (null when missing in Atrium), partner_* the partner's
-- line (null when missing at the partner); points and amounts are what each side counts as done
-- (zero for a rejected or reversed exchange).
create table partner_recon_mismatch (
    id               number(19)        primary key,
    upload_id        number(19)        not null references partner_recon_upload (id) deferrable initially deferred,
    partner_id       number(19)        not null references partner (id) deferrable initially deferred,
    business_day     date          not null,
    kind             varchar2(24 char)   not null,
    partner_txn_id   varchar2(64 char)   not null,
    exchange_id      number(19)        references partner_exchange (id) deferrable initially deferred,
    atrium_direction varchar2(8 char),
    atrium_points    number(19),
    atrium_amount    number(19),
    partner_direction varchar2(8 char),
    partner_points   number(19),
    partner_amount   number(19),
    status           varchar2(16 char)   not null,
    found_at         timestamp with time zone   not null,
    resolved_at      timestamp with time zone,
    resolved_by      varchar2(100 char),
    resolution       varchar2(500 char),
    version          number(19)        default 0 not null,
    constraint partner_recon_kind_ck check (kind in ('MISSING_IN_ATRIUM', 'MISSING_AT_PARTNER',
                                                     'AMOUNTS_DIFFER')),
    constraint partner_recon_status_ck check (status in ('OPEN', 'RESOLVED', 'SUPERSEDED'))
);
create index partner_recon_mismatch_open_idx on partner_recon_mismatch (status, found_at);
create index partner_recon_mismatch_day_idx on partner_recon_mismatch (partner_id, business_day);
