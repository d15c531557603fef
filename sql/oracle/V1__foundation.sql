-- Atrium foundation schema (Oracle 19c+). Twin of sql/postgresql/V1__foundation.sql: same tables,
-- columns, constraint names and version. Differences, all forced by Oracle:
--   bigint -> number(19); integer -> number(10); numeric(14,2) -> number(14,2); varchar -> varchar2
--   (char semantics, so Chinese names fit the same lengths); timestamptz -> timestamp with time zone;
--   boolean -> number(1) with a 0/1 check; partial unique indexes -> function-based unique indexes
--   (Oracle does not index rows whose indexed expressions are all null, which gives the same effect).
-- Instants are stored in UTC by the application, as on PostgreSQL.

create sequence atrium_seq start with 1000 increment by 50;

-- tenant context -----------------------------------------------------------
create table mall (
    id          number(19)                 primary key,
    code        varchar2(32 char)          not null unique,
    name        varchar2(200 char)         not null,
    zone_id     varchar2(64 char)          not null,
    created_at  timestamp with time zone   not null
);

create table tenant (
    id              number(19)               primary key,
    mall_id         number(19)               not null references mall (id) deferrable initially deferred,
    code            varchar2(32 char)        not null unique,
    name            varchar2(200 char)       not null,
    category        varchar2(32 char)        not null,
    floor           varchar2(16 char),
    unit            varchar2(32 char),
    contract_start  date,
    contract_end    date,
    status          varchar2(16 char)        not null,
    version         number(19)   default 0   not null,
    created_at      timestamp with time zone not null,
    constraint tenant_status_ck check (status in ('ACTIVE', 'INACTIVE')),
    constraint tenant_contract_ck check (contract_end is null or contract_start is null or contract_end >= contract_start)
);
create index tenant_name_idx on tenant (lower(name));

-- security context ---------------------------------------------------------
create table app_user (
    id               number(19)               primary key,
    username         varchar2(64 char)        not null unique,
    password_hash    varchar2(300 char)       not null,
    display_name     varchar2(200 char)       not null,
    tenant_id        number(19)               references tenant (id) deferrable initially deferred,
    enabled          number(1)    default 1   not null,
    failed_attempts  number(10)   default 0   not null,
    locked_until     timestamp with time zone,
    last_login_at    timestamp with time zone,
    version          number(19)   default 0   not null,
    created_at       timestamp with time zone not null,
    constraint app_user_enabled_ck check (enabled in (0, 1))
);
create index app_user_tenant_idx on app_user (tenant_id);

create table app_user_role (
    user_id  number(19)        not null references app_user (id) deferrable initially deferred,
    role     varchar2(32 char) not null,
    primary key (user_id, role),
    constraint app_user_role_ck check (role in ('OPERATOR_ADMIN', 'OPERATOR_MARKETING', 'OPERATOR_FINANCE',
                                                 'OPERATOR_SERVICE', 'MERCHANT_ASSISTANT'))
);

-- A machine client (a tenant's POS for now) signs its requests with an HMAC secret.
create table api_client (
    key_id      varchar2(64 char)        primary key,
    secret      varchar2(128 char)       not null,
    kind        varchar2(16 char)        not null,
    tenant_id   number(19)               references tenant (id) deferrable initially deferred,
    enabled     number(1)    default 1   not null,
    created_at  timestamp with time zone not null,
    constraint api_client_kind_ck check (kind in ('POS')),
    constraint api_client_enabled_ck check (enabled in (0, 1))
);

-- Nonces seen inside the signature window; rows older than the window are purged.
create table request_nonce (
    key_id   varchar2(64 char)        not null,
    nonce    varchar2(64 char)        not null,
    seen_at  timestamp with time zone not null,
    primary key (key_id, nonce)
);
create index request_nonce_seen_idx on request_nonce (seen_at);

-- member context -----------------------------------------------------------
create table member (
    id                 number(19)                 primary key,
    phone              varchar2(20 char)          not null unique,
    card_number        varchar2(20 char)          not null unique,
    name               varchar2(100 char)         not null,
    birthday           date,
    language           varchar2(8 char) default 'zh' not null,
    tier               varchar2(32 char)          not null,
    status             varchar2(16 char)          not null,
    terms_accepted_at  timestamp with time zone   not null,
    marketing_consent  number(1)     default 0    not null,
    registered_at      timestamp with time zone   not null,
    registered_by_tenant_id number(19)            references tenant (id) deferrable initially deferred,
    version            number(19)    default 0    not null,
    constraint member_status_ck check (status in ('ACTIVE', 'BLOCKED')),
    constraint member_marketing_consent_ck check (marketing_consent in (0, 1))
);
create index member_registered_idx on member (registered_at);

-- ledger context -----------------------------------------------------------
-- Only member accounts keep a stored balance; the others are derived from their lines
-- so that no tenant-wide row becomes a hot spot.
create table ledger_account (
    id           number(19)             primary key,
    kind         varchar2(24 char)      not null,
    member_id    number(19)             references member (id) deferrable initially deferred,
    tenant_id    number(19)             references tenant (id) deferrable initially deferred,
    partner_code varchar2(32 char),
    balance      number(19)  default 0  not null,
    version      number(19)  default 0  not null,
    constraint ledger_account_kind_ck check (kind in ('MEMBER', 'TENANT_ISSUANCE', 'TENANT_REDEMPTION',
                                                      'OPERATOR_MARKETING', 'PARTNER', 'BREAKAGE'))
);
-- PostgreSQL: unique (member_id) where kind = 'MEMBER'
create unique index ledger_account_member_uq on ledger_account (
    case when kind = 'MEMBER' then member_id end);
-- PostgreSQL: unique (kind, tenant_id) where tenant_id is not null
create unique index ledger_account_tenant_uq on ledger_account (
    case when tenant_id is not null then kind end,
    case when tenant_id is not null then tenant_id end);

create table journal_entry (
    id                number(19)               primary key,
    kind              varchar2(24 char)        not null,
    occurred_at       timestamp with time zone not null,
    recorded_at       timestamp with time zone not null,
    member_id         number(19)               references member (id) deferrable initially deferred,
    tenant_id         number(19)               references tenant (id) deferrable initially deferred,
    description       varchar2(200 char),
    reverses_entry_id number(19)               references journal_entry (id) deferrable initially deferred
);
create index journal_entry_member_idx on journal_entry (member_id, occurred_at);
create index journal_entry_occurred_idx on journal_entry (occurred_at);

create table journal_line (
    id         number(19) primary key,
    entry_id   number(19) not null references journal_entry (id) deferrable initially deferred,
    account_id number(19) not null references ledger_account (id) deferrable initially deferred,
    points     number(19) not null,
    constraint journal_line_nonzero_ck check (points <> 0)
);
create index journal_line_entry_idx on journal_line (entry_id);
create index journal_line_account_idx on journal_line (account_id);

create table points_lot (
    id                 number(19)               primary key,
    member_account_id  number(19)               not null references ledger_account (id) deferrable initially deferred,
    issuer_account_id  number(19)               not null references ledger_account (id) deferrable initially deferred,
    credit_entry_id    number(19)               not null references journal_entry (id) deferrable initially deferred,
    points_earned      number(19)               not null,
    points_remaining   number(19)               not null,
    earned_at          timestamp with time zone not null,
    expires_at         timestamp with time zone not null,
    constraint points_lot_ck check (points_earned > 0 and points_remaining >= 0 and points_remaining <= points_earned)
);
-- PostgreSQL: (member_account_id, expires_at) where points_remaining > 0. Oracle has no partial
-- index; a plain composite index serves the same "open lots of an account, soonest expiry first"
-- scan (the predicate on points_remaining is applied to the account's rows).
create index points_lot_open_idx on points_lot (member_account_id, expires_at);

-- earning context ----------------------------------------------------------
-- A sale through a member; (tenant, receipt number) makes a POS post idempotent.
create table sale (
    id                number(19)               primary key,
    tenant_id         number(19)               not null references tenant (id) deferrable initially deferred,
    member_id         number(19)               not null references member (id) deferrable initially deferred,
    receipt_number    varchar2(64 char)        not null,
    amount            number(14, 2)            not null,
    occurred_at       timestamp with time zone not null,
    points            number(19)               not null,
    explanation       varchar2(4000 char)      not null,
    journal_entry_id  number(19)               references journal_entry (id) deferrable initially deferred,
    channel           varchar2(16 char)        not null,
    request_hash      varchar2(64 char)        not null,
    idempotency_key   varchar2(100 char),
    recorded_by       varchar2(64 char)        not null,
    recorded_at       timestamp with time zone not null,
    constraint sale_receipt_uq unique (tenant_id, receipt_number),
    constraint sale_amount_ck check (amount > 0),
    constraint sale_channel_ck check (channel in ('POS', 'PORTAL', 'DEMO'))
);
-- PostgreSQL: unique (tenant_id, idempotency_key) where idempotency_key is not null
create unique index sale_idempotency_uq on sale (
    case when idempotency_key is not null then tenant_id end,
    idempotency_key);
create index sale_member_idx on sale (member_id, occurred_at);
create index sale_occurred_idx on sale (occurred_at);

-- audit context ------------------------------------------------------------
create table audit_event (
    id           number(19)               primary key,
    at           timestamp with time zone not null,
    actor        varchar2(64 char)        not null,
    action       varchar2(64 char)        not null,
    subject      varchar2(64 char)        not null,
    subject_id   varchar2(64 char),
    before_state varchar2(4000 char),
    after_state  varchar2(4000 char)
);
create index audit_event_at_idx on audit_event (at);
