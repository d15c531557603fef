-- Partners (docs/partners.md): banks, airlines, hotels and other programmes whose points are
-- exchanged for mall points and back. A partner is scoped to one mall or (mall_id null) to the whole
-- group; PREPAID partners keep a deposit in CNY that exchange-in draws down.
create table partner (
    id               bigint         primary key,
    code             varchar(32)    not null,
    name             varchar(100)   not null,
    kind             varchar(16)    not null,
    status           varchar(16)    not null,
    contact          varchar(200),
    mall_id          bigint         references mall (id) deferrable initially deferred,
    settlement_mode  varchar(16)    not null,
    deposit_balance  numeric(14, 2) not null,
    created_at       timestamptz    not null,
    version          bigint         not null default 0,
    constraint partner_code_uq unique (code),
    constraint partner_kind_ck check (kind in ('BANK', 'AIRLINE', 'HOTEL', 'TELECOM', 'OTHER')),
    constraint partner_status_ck check (status in ('ACTIVE', 'SUSPENDED')),
    constraint partner_settlement_ck check (settlement_mode in ('PREPAID', 'POSTPAID'))
);

-- A partner's key names an existing partner; keys made before this version get a placeholder
-- partner of their code, which an operator completes.
insert into partner (id, code, name, kind, status, settlement_mode, deposit_balance, created_at)
select nextval('atrium_seq'), k.partner_code, k.partner_code, 'OTHER', 'ACTIVE', 'POSTPAID', 0, k.created_at
  from (select partner_code, min(created_at) as created_at from api_client
         where partner_code is not null group by partner_code) k;
alter table api_client add constraint api_client_partner_fk foreign key (partner_code)
    references partner (code) deferrable initially deferred;

-- One partner ledger account per partner: the issuer of the lots it funds, the redeemer of the
-- points exchanged out to it.
create unique index ledger_account_partner_uq on ledger_account (partner_code) where kind = 'PARTNER';

-- The terms of the exchanges, versioned: the version in force at an exchange's time is the one
-- with the latest effective_from not after it. Rates are integer pairs: in, rate_in_from partner
-- units give rate_in_to mall points; out, rate_out_from mall points give rate_out_to partner units.
-- Limits count mall points; 0 means no limit. cost_per_point is what the partner pays per mall
-- point it funds (CNY), fee_fixed and fee_percent the fee per exchange.
create table partner_agreement (
    id                    bigint         primary key,
    partner_id            bigint         not null references partner (id) deferrable initially deferred,
    effective_from        timestamptz    not null,
    rate_in_from          bigint         not null,
    rate_in_to            bigint         not null,
    rate_out_from         bigint         not null,
    rate_out_to           bigint         not null,
    rounding              varchar(16)    not null,
    min_points            bigint         not null,
    max_points            bigint         not null,
    member_daily_points   bigint         not null,
    member_monthly_points bigint         not null,
    partner_daily_points  bigint         not null,
    cost_per_point        numeric(6, 4)  not null,
    fee_fixed             numeric(10, 2) not null,
    fee_percent           numeric(5, 2)  not null,
    reversal_grace_minutes integer       not null,
    created_at            timestamptz    not null,
    constraint partner_agreement_rounding_ck check (rounding in ('DOWN', 'HALF_UP', 'UP')),
    constraint partner_agreement_terms_ck check (rate_in_from > 0 and rate_in_to > 0
        and rate_out_from > 0 and rate_out_to > 0 and min_points >= 1 and max_points >= 0
        and member_daily_points >= 0 and member_monthly_points >= 0 and partner_daily_points >= 0
        and cost_per_point >= 0 and fee_fixed >= 0 and fee_percent between 0 and 100
        and reversal_grace_minutes >= 0)
);
create index partner_agreement_partner_idx on partner_agreement (partner_id, effective_from);

-- A partner's member (member_ref, the partner's own reference) linked to an Atrium member once the
-- member proved a one-time code. A request for a phone that is no member's keeps a row without a
-- member, so that the partner gets the same answers either way.
create table partner_link (
    id              bigint        primary key,
    partner_id      bigint        not null references partner (id) deferrable initially deferred,
    member_ref      varchar(64)   not null,
    member_id       bigint        references member (id) deferrable initially deferred,
    state           varchar(16)   not null,
    otp_hash        varchar(64),
    otp_attempts    integer       not null,
    otp_sends       integer       not null,
    otp_expires_at  timestamptz,
    requested_at    timestamptz   not null,
    linked_at       timestamptz,
    unlinked_at     timestamptz,
    unlinked_by     varchar(100),
    version         bigint        not null default 0,
    constraint partner_link_uq unique (partner_id, member_ref),
    constraint partner_link_state_ck check (state in ('PENDING', 'ACTIVE', 'UNLINKED'))
);
create index partner_link_member_idx on partner_link (member_id);

-- One exchange, identified by the partner's transaction id (unique per partner): a replay finds it
-- and compares request_hash. entry_id is the ledger entry of the exchange, undo_entry_id the entry
-- that gave the points back (rejection, reversal).
create table partner_exchange (
    id              bigint         primary key,
    partner_id      bigint         not null references partner (id) deferrable initially deferred,
    partner_txn_id  varchar(64)    not null,
    link_id         bigint         not null references partner_link (id) deferrable initially deferred,
    member_id       bigint         not null references member (id) deferrable initially deferred,
    agreement_id    bigint         not null references partner_agreement (id) deferrable initially deferred,
    direction       varchar(8)     not null,
    state           varchar(16)    not null,
    points          bigint         not null,
    partner_amount  bigint         not null,
    value_cny       numeric(14, 2) not null,
    fee             numeric(10, 2) not null,
    request_hash    varchar(64)    not null,
    entry_id        bigint         not null references journal_entry (id) deferrable initially deferred,
    undo_entry_id   bigint         references journal_entry (id) deferrable initially deferred,
    business_day    date           not null,
    requested_at    timestamptz    not null,
    reversible_until timestamptz   not null,
    settled_at      timestamptz,
    version         bigint         not null default 0,
    constraint partner_exchange_txn_uq unique (partner_id, partner_txn_id),
    constraint partner_exchange_direction_ck check (direction in ('IN', 'OUT')),
    constraint partner_exchange_state_ck check (state in ('COMPLETED', 'PENDING', 'CONFIRMED',
                                                           'REJECTED', 'REVERSED')),
    constraint partner_exchange_points_ck check (points > 0 and partner_amount > 0)
);
create index partner_exchange_member_idx on partner_exchange (member_id, requested_at);
create index partner_exchange_day_idx on partner_exchange (partner_id, business_day);

-- Every change of a prepaid partner's deposit: a top-up, an exchange in drawing it down, the
-- reversal of one giving it back. balance_after is the deposit right after.
create table partner_deposit_movement (
    id             bigint         primary key,
    partner_id     bigint         not null references partner (id) deferrable initially deferred,
    reason         varchar(16)    not null,
    amount         numeric(14, 2) not null,
    balance_after  numeric(14, 2) not null,
    exchange_id    bigint         references partner_exchange (id) deferrable initially deferred,
    created_at     timestamptz    not null,
    constraint partner_deposit_reason_ck check (reason in ('TOP_UP', 'EXCHANGE_IN', 'REVERSAL'))
);
create index partner_deposit_partner_idx on partner_deposit_movement (partner_id, created_at);
