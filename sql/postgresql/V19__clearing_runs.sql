-- Clearing runs and the statements they keep (docs/clearing.md, "Runs"). A run is one mall and one
-- period (a business day or a calendar month in the mall's zone), covering the journal entries
-- booked in [booked_from, booked_to). A mall and period has one run, ever: a draft is recomputed in
-- place rather than replaced, and a closed run is final, so two runs of one period can never both
-- be open (the unique key) and a closed period never changes. The period is kept both as the
-- mall's dates and as the booked instants it was computed with, with the breakage share and the
-- SHA-256 of the statements' canonical form, so that a recomputation can be compared byte for byte.
-- The four-eyes rule is kept here too: the approver is never the one who started the run.
create table clearing_run (
    id                      bigint        primary key,
    mall_id                 bigint        not null references mall (id) deferrable initially deferred,
    period_kind             varchar(5)    not null,
    period_start            date          not null,
    period_end              date          not null,
    zone_id                 varchar(64)   not null,
    booked_from             timestamptz   not null,
    booked_to               timestamptz   not null,
    breakage_share_percent  numeric(5, 2) not null,
    status                  varchar(10)   not null,
    digest                  varchar(64)   not null,
    started_by              varchar(100)  not null,
    started_at              timestamptz   not null,
    computed_by             varchar(100)  not null,
    computed_at             timestamptz   not null,
    submitted_by            varchar(100),
    submitted_at            timestamptz,
    approved_by             varchar(100),
    approved_at             timestamptz,
    closed_by               varchar(100),
    closed_at               timestamptz,
    version                 integer       not null,
    constraint clearing_run_period_uq unique (mall_id, period_kind, period_start),
    constraint clearing_run_kind_ck check (period_kind in ('DAY', 'MONTH')),
    constraint clearing_run_status_ck check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'CLOSED')),
    constraint clearing_run_period_ck check (period_end > period_start and booked_to > booked_from),
    constraint clearing_run_four_eyes_ck check (approved_by is null or approved_by <> started_by)
);

-- One party's statement of a run, in the run's order (tenants by code, the operator last). The
-- party is named by kind and code as it was when computed; party_id is the tenant's id (null for
-- the operator). The block columns are a prepaid tenant's block movement, null otherwise.
create table clearing_statement (
    id               bigint         primary key,
    run_id           bigint         not null references clearing_run (id) deferrable initially deferred,
    ordinal         integer        not null,
    party_kind       varchar(10)    not null,
    party_id         bigint,
    party_code       varchar(64)    not null,
    net              numeric(14, 2) not null,
    line_count       integer        not null,
    block_opening    bigint,
    block_purchased  bigint,
    block_drawn      bigint,
    block_closing    bigint,
    block_overdraft  bigint,
    constraint clearing_statement_party_ck check (party_kind in ('TENANT', 'OPERATOR', 'PARTNER'))
);
create index clearing_statement_run_idx on clearing_statement (run_id, ordinal);

-- One line of a statement, in the statement's order: points of one kind booked in the line's rate
-- period [rate_from, rate_to), the rate used (null on the operator's lines, which are sums) and
-- the amount rounded once to the fen.
create table clearing_line (
    id            bigint         primary key,
    statement_id  bigint         not null references clearing_statement (id) deferrable initially deferred,
    ordinal      integer        not null,
    kind          varchar(30)    not null,
    rate_from     timestamptz    not null,
    rate_to       timestamptz    not null,
    points        bigint         not null,
    rate          numeric(6, 4),
    amount        numeric(14, 2) not null
);
create index clearing_line_statement_idx on clearing_line (statement_id, ordinal);
