-- Twin of sql/postgresql/V33__parking.sql (types as in V1; the partial unique indexes become
-- function-based ones).
-- Parking perks (docs/parking.md).
-- A member's separate consent to plate binding (PIPL): text version, given and withdrawn times. At
-- most one consent in force per member.
create table plate_consent (
    id            number(19)         primary key,
    member_id     number(19)         not null references member (id) deferrable initially deferred,
    text_version  varchar2(32 char)  not null,
    given_at      timestamp with time zone not null,
    given_by      varchar2(100 char) not null,
    withdrawn_at  timestamp with time zone,
    withdrawn_by  varchar2(100 char),
    version       number(19)         default 0 not null
);
-- PostgreSQL: unique (member_id) where withdrawn_at is null
create unique index plate_consent_current_uq on plate_consent (
    case when withdrawn_at is null then member_id end);

-- A plate bound to a member: never in clear. ciphertext is base64(nonce || AES-GCM output) under
-- plate key key_version; blind_index the hex HMAC-SHA256 of the normalised plate under index key
-- index_version; masked the form lists show (沪A·***5D). A plate is bound to one member at a time.
create table plate_binding (
    id             number(19)         primary key,
    member_id      number(19)         not null references member (id) deferrable initially deferred,
    ciphertext     varchar2(200 char) not null,
    key_version    number(10)         not null,
    blind_index    varchar2(64 char)  not null,
    index_version  number(10)         not null,
    masked         varchar2(16 char)  not null,
    bound_at       timestamp with time zone not null,
    bound_by       varchar2(100 char) not null,
    unbound_at     timestamp with time zone,
    unbound_by     varchar2(100 char),
    unbind_reason  varchar2(24 char),
    version        number(19)         default 0 not null,
    constraint plate_binding_reason_ck check (unbind_reason in ('MEMBER_REQUEST', 'CONSENT_WITHDRAWN')),
    constraint plate_binding_unbound_ck check ((unbound_at is null and unbind_reason is null)
        or (unbound_at is not null and unbind_reason is not null))
);
-- PostgreSQL: unique (blind_index) where unbound_at is null
create unique index plate_binding_active_uq on plate_binding (
    case when unbound_at is null then blind_index end);
create index plate_binding_member_idx on plate_binding (member_id, bound_at);

-- The car park's entry of a session (optional): which member's car came in, for the day's visit.
create table parking_entry (
    id           number(19)        primary key,
    mall_id      number(19)        not null references mall (id) deferrable initially deferred,
    session_id   varchar2(64 char)   not null,
    member_id    number(19)        references member (id) deferrable initially deferred,
    binding_id   number(19)        references plate_binding (id) deferrable initially deferred,
    request_hash varchar2(64 char)   not null,
    entered_at   timestamp with time zone   not null,
    recorded_at  timestamp with time zone   not null,
    constraint parking_entry_session_uq unique (mall_id, session_id)
);

-- What a car park applied at an exit, idempotent by its session id in its mall: the minutes (by
-- reason: tier, spend) and fen, the points paid (points_entry_id, their REDEEM entry) and, after a
-- release, the entry that gave them back. A RELEASED settlement no longer counts against the caps.
create table parking_settlement (
    id               number(19)        primary key,
    mall_id          number(19)        not null references mall (id) deferrable initially deferred,
    session_id       varchar2(64 char)   not null,
    request_hash     varchar2(64 char)   not null,
    member_id        number(19)        references member (id) deferrable initially deferred,
    binding_id       number(19)        references plate_binding (id) deferrable initially deferred,
    business_day     date          not null,
    entered_at       timestamp with time zone   not null,
    exited_at        timestamp with time zone   not null,
    fee_fen          number(19)        not null,
    applied_minutes  number(10)       not null,
    applied_fen      number(19)        not null,
    tier_minutes     number(10)       not null,
    spend_minutes    number(10)       not null,
    point_hours      number(10)       not null,
    points           number(19)        not null,
    points_entry_id  number(19)        references journal_entry (id) deferrable initially deferred,
    state            varchar2(16 char)   not null,
    settled_at       timestamp with time zone   not null,
    released_at      timestamp with time zone,
    release_entry_id number(19)        references journal_entry (id) deferrable initially deferred,
    version          number(19)        default 0 not null,
    constraint parking_settlement_session_uq unique (mall_id, session_id),
    constraint parking_settlement_state_ck check (state in ('SETTLED', 'RELEASED')),
    constraint parking_settlement_amounts_ck check (fee_fen >= 0 and applied_minutes >= 0
        and applied_fen >= 0 and applied_fen <= fee_fen and tier_minutes >= 0 and spend_minutes >= 0
        and point_hours >= 0 and points >= 0)
);
create index parking_settlement_member_day_idx on parking_settlement (member_id, business_day);
create index parking_settlement_binding_day_idx on parking_settlement (binding_id, business_day);
create index parking_settlement_mall_day_idx on parking_settlement (mall_id, business_day);

-- The receipts whose same-day spend unlocked a settlement's spend minutes: a receipt counts once
-- (the rows of a released settlement are deleted, so its receipts count again).
create table parking_spend_sale (
    settlement_id  number(19)         not null references parking_settlement (id) deferrable initially deferred,
    sale_id        number(19)         not null,
    tenant_id      number(19)         not null references tenant (id) deferrable initially deferred,
    amount         number(12, 2) not null,
    constraint parking_spend_sale_pk primary key (settlement_id, sale_id),
    constraint parking_spend_sale_uq unique (sale_id)
);

-- Who pays a settlement's free minutes: the operator (tier minutes; spend minutes when the mall's
-- parking.spend-cost is OPERATOR), a partner (partner-right minutes), or each tenant whose sales
-- unlocked the spend minutes, pro rata to those sales. amount = minutes / 60 x the free hour's cost.
create table parking_charge (
    id             number(19)         primary key,
    settlement_id  number(19)         not null references parking_settlement (id) deferrable initially deferred,
    mall_id        number(19)         not null references mall (id) deferrable initially deferred,
    business_day   date           not null,
    payer_kind     varchar2(16 char)    not null,
    tenant_id      number(19)         references tenant (id) deferrable initially deferred,
    partner_code   varchar2(32 char),
    reason         varchar2(16 char)    not null,
    minutes        number(10, 2) not null,
    amount         number(12, 2) not null,
    constraint parking_charge_payer_ck check (payer_kind in ('OPERATOR', 'TENANT', 'PARTNER')),
    constraint parking_charge_reason_ck check (reason in ('TIER', 'SPEND', 'PARTNER')),
    constraint parking_charge_tenant_ck check ((payer_kind = 'TENANT' and tenant_id is not null)
        or (payer_kind <> 'TENANT' and tenant_id is null))
);
create index parking_charge_mall_day_idx on parking_charge (mall_id, business_day);
create index parking_charge_settlement_idx on parking_charge (settlement_id);
