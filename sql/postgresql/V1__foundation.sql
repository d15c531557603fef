-- Atrium foundation schema (PostgreSQL). The Oracle twin lives in sql/oracle with the same version.
-- Foreign keys are checked at commit (deferrable initially deferred): contexts do not map each
-- other's entities, so the ORM cannot order inserts across them; the database still refuses a
-- transaction that leaves a dangling reference.
-- Conventions: surrogate keys from sequences (allocation 50, matching the JPA generators),
-- instants as timestamptz in UTC, money as numeric(14,2), points as bigint.

create sequence atrium_seq start with 1000 increment by 50;

-- tenant context -----------------------------------------------------------
create table mall (
    id          bigint primary key,
    code        varchar(32)  not null unique,
    name        varchar(200) not null,
    zone_id     varchar(64)  not null,
    created_at  timestamptz  not null
);

create table tenant (
    id              bigint primary key,
    mall_id         bigint       not null references mall (id) deferrable initially deferred,
    code            varchar(32)  not null unique,
    name            varchar(200) not null,
    category        varchar(32)  not null,
    floor           varchar(16),
    unit            varchar(32),
    contract_start  date,
    contract_end    date,
    status          varchar(16)  not null,
    version         bigint       not null default 0,
    created_at      timestamptz  not null,
    constraint tenant_status_ck check (status in ('ACTIVE', 'INACTIVE')),
    constraint tenant_contract_ck check (contract_end is null or contract_start is null or contract_end >= contract_start)
);
create index tenant_name_idx on tenant (lower(name));

-- security context ---------------------------------------------------------
create table app_user (
    id               bigint primary key,
    username         varchar(64)  not null unique,
    password_hash    varchar(300) not null,
    display_name     varchar(200) not null,
    tenant_id        bigint references tenant (id) deferrable initially deferred,
    enabled          boolean      not null default true,
    failed_attempts  integer      not null default 0,
    locked_until     timestamptz,
    last_login_at    timestamptz,
    version          bigint       not null default 0,
    created_at       timestamptz  not null
);
create index app_user_tenant_idx on app_user (tenant_id);

create table app_user_role (
    user_id  bigint      not null references app_user (id) deferrable initially deferred,
    role     varchar(32) not null,
    primary key (user_id, role),
    constraint app_user_role_ck check (role in ('OPERATOR_ADMIN', 'OPERATOR_MARKETING', 'OPERATOR_FINANCE',
                                                 'OPERATOR_SERVICE', 'MERCHANT_ASSISTANT'))
);

-- A machine client (a tenant's POS for now) signs its requests with an HMAC secret.
create table api_client (
    key_id      varchar(64)  primary key,
    secret      varchar(128) not null,
    kind        varchar(16)  not null,
    tenant_id   bigint references tenant (id) deferrable initially deferred,
    enabled     boolean      not null default true,
    created_at  timestamptz  not null,
    constraint api_client_kind_ck check (kind in ('POS'))
);

-- Nonces seen inside the signature window; rows older than the window are purged.
create table request_nonce (
    key_id   varchar(64)  not null,
    nonce    varchar(64)  not null,
    seen_at  timestamptz  not null,
    primary key (key_id, nonce)
);
create index request_nonce_seen_idx on request_nonce (seen_at);

-- member context -----------------------------------------------------------
create table member (
    id                 bigint primary key,
    phone              varchar(20)  not null unique,
    card_number        varchar(20)  not null unique,
    name               varchar(100) not null,
    birthday           date,
    language           varchar(8)   not null default 'zh',
    tier               varchar(32)  not null,
    status             varchar(16)  not null,
    terms_accepted_at  timestamptz  not null,
    marketing_consent  boolean      not null default false,
    registered_at      timestamptz  not null,
    registered_by_tenant_id bigint references tenant (id) deferrable initially deferred,
    version            bigint       not null default 0,
    constraint member_status_ck check (status in ('ACTIVE', 'BLOCKED'))
);
create index member_registered_idx on member (registered_at);

-- ledger context -----------------------------------------------------------
-- Only member accounts keep a stored balance; the others are derived from their lines
-- so that no tenant-wide row becomes a hot spot.
create table ledger_account (
    id         bigint primary key,
    kind       varchar(24) not null,
    member_id  bigint references member (id) deferrable initially deferred,
    tenant_id  bigint references tenant (id) deferrable initially deferred,
    partner_code varchar(32),
    balance    bigint      not null default 0,
    version    bigint      not null default 0,
    constraint ledger_account_kind_ck check (kind in ('MEMBER', 'TENANT_ISSUANCE', 'TENANT_REDEMPTION',
                                                      'OPERATOR_MARKETING', 'PARTNER', 'BREAKAGE'))
);
create unique index ledger_account_member_uq on ledger_account (member_id) where kind = 'MEMBER';
create unique index ledger_account_tenant_uq on ledger_account (kind, tenant_id) where tenant_id is not null;

create table journal_entry (
    id                bigint primary key,
    kind              varchar(24)  not null,
    occurred_at       timestamptz  not null,
    recorded_at       timestamptz  not null,
    member_id         bigint references member (id) deferrable initially deferred,
    tenant_id         bigint references tenant (id) deferrable initially deferred,
    description       varchar(200),
    reverses_entry_id bigint references journal_entry (id) deferrable initially deferred
);
create index journal_entry_member_idx on journal_entry (member_id, occurred_at);
create index journal_entry_occurred_idx on journal_entry (occurred_at);

create table journal_line (
    id        bigint primary key,
    entry_id  bigint not null references journal_entry (id) deferrable initially deferred,
    account_id bigint not null references ledger_account (id) deferrable initially deferred,
    points    bigint not null,
    constraint journal_line_nonzero_ck check (points <> 0)
);
create index journal_line_entry_idx on journal_line (entry_id);
create index journal_line_account_idx on journal_line (account_id);

create table points_lot (
    id                 bigint primary key,
    member_account_id  bigint      not null references ledger_account (id) deferrable initially deferred,
    issuer_account_id  bigint      not null references ledger_account (id) deferrable initially deferred,
    credit_entry_id    bigint      not null references journal_entry (id) deferrable initially deferred,
    points_earned      bigint      not null,
    points_remaining   bigint      not null,
    earned_at          timestamptz not null,
    expires_at         timestamptz not null,
    constraint points_lot_ck check (points_earned > 0 and points_remaining >= 0 and points_remaining <= points_earned)
);
create index points_lot_open_idx on points_lot (member_account_id, expires_at) where points_remaining > 0;

-- earning context ----------------------------------------------------------
-- A sale through a member; (tenant, receipt number) makes a POS post idempotent.
create table sale (
    id                bigint primary key,
    tenant_id         bigint         not null references tenant (id) deferrable initially deferred,
    member_id         bigint         not null references member (id) deferrable initially deferred,
    receipt_number    varchar(64)    not null,
    amount            numeric(14, 2) not null,
    occurred_at       timestamptz    not null,
    points            bigint         not null,
    explanation       varchar(4000)  not null,
    journal_entry_id  bigint references journal_entry (id) deferrable initially deferred,
    channel           varchar(16)    not null,
    request_hash      varchar(64)    not null,
    idempotency_key   varchar(100),
    recorded_by       varchar(64)    not null,
    recorded_at       timestamptz    not null,
    constraint sale_receipt_uq unique (tenant_id, receipt_number),
    constraint sale_amount_ck check (amount > 0),
    constraint sale_channel_ck check (channel in ('POS', 'PORTAL', 'DEMO'))
);
create unique index sale_idempotency_uq on sale (tenant_id, idempotency_key) where idempotency_key is not null;
create index sale_member_idx on sale (member_id, occurred_at);
create index sale_occurred_idx on sale (occurred_at);

-- audit context ------------------------------------------------------------
create table audit_event (
    id          bigint primary key,
    at          timestamptz   not null,
    actor       varchar(64)   not null,
    action      varchar(64)   not null,
    subject     varchar(64)   not null,
    subject_id  varchar(64),
    before_state varchar(4000),
    after_state  varchar(4000)
);
create index audit_event_at_idx on audit_event (at);
