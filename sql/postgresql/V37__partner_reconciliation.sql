-- Reconciliation with partners (docs/partners.md, "Reconciliation"): each upload of a partner's
-- daily file, and the mismatches its matching found, which finance resolves with a reason. A new
-- upload for the same day supersedes the open mismatches of the one before; resolved ones stay.
create table partner_recon_upload (
    id             bigint        primary key,
    partner_id     bigint        not null references partner (id) deferrable initially deferred,
    business_day   date          not null,
    file_sha256    varchar(64)   not null,
    line_count     integer       not null,
    matched        integer       not null,
    mismatched     integer       not null,
    uploaded_at    timestamptz   not null,
    uploaded_by    varchar(100)  not null
);
create index partner_recon_upload_day_idx on partner_recon_upload (partner_id, business_day);

-- atrium_* are Atrium's view of the exchange (null when missing in Atrium), partner_* the partner's
-- line (null when missing at the partner); points and amounts are what each side counts as done
-- (zero for a rejected or reversed exchange).
create table partner_recon_mismatch (
    id               bigint        primary key,
    upload_id        bigint        not null references partner_recon_upload (id) deferrable initially deferred,
    partner_id       bigint        not null references partner (id) deferrable initially deferred,
    business_day     date          not null,
    kind             varchar(24)   not null,
    partner_txn_id   varchar(64)   not null,
    exchange_id      bigint        references partner_exchange (id) deferrable initially deferred,
    atrium_direction varchar(8),
    atrium_points    bigint,
    atrium_amount    bigint,
    partner_direction varchar(8),
    partner_points   bigint,
    partner_amount   bigint,
    status           varchar(16)   not null,
    found_at         timestamptz   not null,
    resolved_at      timestamptz,
    resolved_by      varchar(100),
    resolution       varchar(500),
    version          bigint        not null default 0,
    constraint partner_recon_kind_ck check (kind in ('MISSING_IN_ATRIUM', 'MISSING_AT_PARTNER',
                                                     'AMOUNTS_DIFFER')),
    constraint partner_recon_status_ck check (status in ('OPEN', 'RESOLVED', 'SUPERSEDED'))
);
create index partner_recon_mismatch_open_idx on partner_recon_mismatch (status, found_at);
create index partner_recon_mismatch_day_idx on partner_recon_mismatch (partner_id, business_day);
