-- Twin of sql/postgresql/V19__clearing_runs.sql (types as in V1: bigint -> number(19), integer ->
-- number(10), numeric -> number, varchar -> varchar2 char, timestamptz -> timestamp with time zone).
-- Clearing runs and the statements they keep (docs/clearing.md, "Runs"). A run is one mall and one
-- period (a business day or a calendar month in the mall's zone), covering the journal entries
-- booked in [booked_from, booked_to). A mall and period has one run, ever: a draft is recomputed in
-- place rather than replaced, and a closed run is final, so two runs of one period can never both
-- be open (the unique key) and a closed period never changes. The period is kept both as the
-- mall's dates and as the booked instants it was computed with, with the breakage share and the
-- SHA-256 of the statements' canonical form, so that a recomputation can be compared byte for byte.
-- The four-eyes rule is kept here too: the approver is never the one who started the run.
create table clearing_run (
    id                      number(19)        primary key,
    mall_id                 number(19)        not null references mall (id) deferrable initially deferred,
    period_kind             varchar2(5 char)    not null,
    period_start            date          not null,
    period_end              date          not null,
    zone_id                 varchar2(64 char)   not null,
    booked_from             timestamp with time zone   not null,
    booked_to               timestamp with time zone   not null,
    breakage_share_percent  number(5, 2) not null,
    status                  varchar2(10 char)   not null,
    digest                  varchar2(64 char)   not null,
    started_by              varchar2(100 char)  not null,
    started_at              timestamp with time zone   not null,
    computed_by             varchar2(100 char)  not null,
    computed_at             timestamp with time zone   not null,
    submitted_by            varchar2(100 char),
    submitted_at            timestamp with time zone,
    approved_by             varchar2(100 char),
    approved_at             timestamp with time zone,
    closed_by               varchar2(100 char),
    closed_at               timestamp with time zone,
    version                 number(10)       not null,
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
    id               number(19)         primary key,
    run_id           number(19)         not null references clearing_run (id) deferrable initially deferred,
    ordinal         number(10)        not null,
    party_kind       varchar2(10 char)    not null,
    party_id         number(19),
    party_code       varchar2(64 char)    not null,
    net              number(14, 2) not null,
    line_count       number(10)        not null,
    block_opening    number(19),
    block_purchased  number(19),
    block_drawn      number(19),
    block_closing    number(19),
    block_overdraft  number(19),
    constraint clearing_statement_party_ck check (party_kind in ('TENANT', 'OPERATOR', 'PARTNER'))
);
create index clearing_statement_run_idx on clearing_statement (run_id, ordinal);

-- One line of a statement, in the statement's order: points of one kind booked in the line's rate
-- period [rate_from, rate_to), the rate used (null on the operator's lines, which are sums) and
-- the amount rounded once to the fen.
create table clearing_line (
    id            number(19)         primary key,
    statement_id  number(19)         not null references clearing_statement (id) deferrable initially deferred,
    ordinal      number(10)        not null,
    kind          varchar2(30 char)    not null,
    rate_from     timestamp with time zone    not null,
    rate_to       timestamp with time zone    not null,
    points        number(19)         not null,
    rate          number(6, 4),
    amount        number(14, 2) not null
);
create index clearing_line_statement_idx on clearing_line (statement_id, ordinal);
