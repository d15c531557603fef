-- Twin of sql/postgresql/V32__partners.sql (types as in V1; the partial unique index becomes a
-- function-based one).
-- Partners (docs/partners.md): banks, airlines, hotels and other programmes whose points are
-- exchanged for mall points and back. A partner is scoped to one mall or (mall_id null) to the whole
-- group; PREPAID partners keep a deposit in CNY that exchange-in draws down.
create table partner (
    id               number(19)         primary key,
    code             varchar2(32 char)    not null,
    name             varchar2(100 char)   not null,
    kind             varchar2(16 char)    not null,
    status           varchar2(16 char)    not null,
    contact          varchar2(200 char),
    mall_id          number(19)         references mall (id) deferrable initially deferred,
    settlement_mode  varchar2(16 char)    not null,
    deposit_balance  number(14, 2) not null,
    created_at       timestamp with time zone    not null,
    version          number(19)         default 0 not null,
    constraint partner_code_uq unique (code),
    constraint partner_kind_ck check (kind in ('BANK', 'AIRLINE', 'HOTEL', 'TELECOM', 'OTHER')),
    constraint partner_status_ck check (status in ('ACTIVE', 'SUSPENDED')),
    constraint partner_settlement_ck check (settlement_mode in ('PREPAID', 'POSTPAID'))
);

-- A partner's key names an existing partner; keys made before this version get a placeholder
-- partner of their code, which an operator completes.
insert into partner (id, code, name, kind, status, settlement_mode, deposit_balance, created_at)
select atrium_seq.nextval, k.partner_code, k.partner_code, 'OTHER', 'ACTIVE', 'POSTPAID', 0, k.created_at
  from (select partner_code, min(created_at) as created_at from api_client
         where partner_code is not null group by partner_code) k;
alter table api_client add constraint api_client_partner_fk foreign key (partner_code)
    references partner (code) deferrable initially deferred;

-- One partner ledger account per partner: the issuer of the lots it funds, the redeemer of the
-- points exchanged out to it.
-- PostgreSQL: unique (partner_code) where kind = 'PARTNER'
create unique index ledger_account_partner_uq on ledger_account (
    case when kind = 'PARTNER' then partner_code end);

-- The terms of the exchanges, versioned: the version in force at an exchange's time is the one
-- with the latest effective_from not after it. Rates are number(10) pairs: in, rate_in_from partner
-- units give rate_in_to mall points; out, rate_out_from mall points give rate_out_to partner units.
-- Limits count mall points; 0 means no limit. cost_per_point is what the partner pays per mall
-- point it funds (CNY), fee_fixed and fee_percent the fee per exchange.
create table partner_agreement (
    id                    number(19)         primary key,
    partner_id            number(19)         not null references partner (id) deferrable initially deferred,
    effective_from        timestamp with time zone    not null,
    rate_in_from          number(19)         not null,
    rate_in_to            number(19)         not null,
    rate_out_from         number(19)         not null,
    rate_out_to           number(19)         not null,
    rounding              varchar2(16 char)    not null,
    min_points            number(19)         not null,
    max_points            number(19)         not null,
    member_daily_points   number(19)         not null,
    member_monthly_points number(19)         not null,
    partner_daily_points  number(19)         not null,
    cost_per_point        number(6, 4)  not null,
    fee_fixed             number(10, 2) not null,
    fee_percent           number(5, 2)  not null,
    reversal_grace_minutes number(10)       not null,
    created_at            timestamp with time zone    not null,
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
    id              number(19)        primary key,
    partner_id      number(19)        not null references partner (id) deferrable initially deferred,
    member_ref      varchar2(64 char)   not null,
    member_id       number(19)        references member (id) deferrable initially deferred,
    state           varchar2(16 char)   not null,
    otp_hash        varchar2(64 char),
    otp_attempts    number(10)       not null,
    otp_sends       number(10)       not null,
    otp_expires_at  timestamp with time zone,
    requested_at    timestamp with time zone   not null,
    linked_at       timestamp with time zone,
    unlinked_at     timestamp with time zone,
    unlinked_by     varchar2(100 char),
    version         number(19)        default 0 not null,
    constraint partner_link_uq unique (partner_id, member_ref),
    constraint partner_link_state_ck check (state in ('PENDING', 'ACTIVE', 'UNLINKED'))
);
create index partner_link_member_idx on partner_link (member_id);

-- One exchange, identified by the partner's transaction id (unique per partner): a replay finds it
-- and compares request_hash. entry_id is the ledger entry of the exchange, undo_entry_id the entry
-- that gave the points back (rejection, reversal).
create table partner_exchange (
    id              number(19)         primary key,
    partner_id      number(19)         not null references partner (id) deferrable initially deferred,
    partner_txn_id  varchar2(64 char)    not null,
    link_id         number(19)         not null references partner_link (id) deferrable initially deferred,
    member_id       number(19)         not null references member (id) deferrable initially deferred,
    agreement_id    number(19)         not null references partner_agreement (id) deferrable initially deferred,
    direction       varchar2(8 char)     not null,
    state           varchar2(16 char)    not null,
    points          number(19)         not null,
    partner_amount  number(19)         not null,
    value_cny       number(14, 2) not null,
    fee             number(10, 2) not null,
    request_hash    varchar2(64 char)    not null,
    entry_id        number(19)         not null references journal_entry (id) deferrable initially deferred,
    undo_entry_id   number(19)         references journal_entry (id) deferrable initially deferred,
    business_day    date           not null,
    requested_at    timestamp with time zone    not null,
    reversible_until timestamp with time zone   not null,
    settled_at      timestamp with time zone,
    version         number(19)         default 0 not null,
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
    id             number(19)         primary key,
    partner_id     number(19)         not null references partner (id) deferrable initially deferred,
    reason         varchar2(16 char)    not null,
    amount         number(14, 2) not null,
    balance_after  number(14, 2) not null,
    exchange_id    number(19)         references partner_exchange (id) deferrable initially deferred,
    created_at     timestamp with time zone    not null,
    constraint partner_deposit_reason_ck check (reason in ('TOP_UP', 'EXCHANGE_IN', 'REVERSAL'))
);
create index partner_deposit_partner_idx on partner_deposit_movement (partner_id, created_at);
