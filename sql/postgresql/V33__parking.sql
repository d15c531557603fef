-- Parking perks (docs/parking.md).
-- A member's separate consent to plate binding (PIPL): text version, given and withdrawn times. At
-- most one consent in force per member.
create table plate_consent (
    id            bigint        primary key,
    member_id     bigint        not null references member (id) deferrable initially deferred,
    text_version  varchar(32)   not null,
    given_at      timestamptz   not null,
    given_by      varchar(100)  not null,
    withdrawn_at  timestamptz,
    withdrawn_by  varchar(100),
    version       bigint        not null default 0
);
create unique index plate_consent_current_uq on plate_consent (member_id) where withdrawn_at is null;

-- A plate bound to a member: never in clear. ciphertext is base64(nonce || AES-GCM output) under
-- plate key key_version; blind_index the hex HMAC-SHA256 of the normalised plate under index key
-- index_version; masked the form lists show (沪A·***5D). A plate is bound to one member at a time.
create table plate_binding (
    id             bigint        primary key,
    member_id      bigint        not null references member (id) deferrable initially deferred,
    ciphertext     varchar(200)  not null,
    key_version    integer       not null,
    blind_index    varchar(64)   not null,
    index_version  integer       not null,
    masked         varchar(16)   not null,
    bound_at       timestamptz   not null,
    bound_by       varchar(100)  not null,
    unbound_at     timestamptz,
    unbound_by     varchar(100),
    unbind_reason  varchar(24),
    version        bigint        not null default 0,
    constraint plate_binding_reason_ck check (unbind_reason in ('MEMBER_REQUEST', 'CONSENT_WITHDRAWN')),
    constraint plate_binding_unbound_ck check ((unbound_at is null and unbind_reason is null)
        or (unbound_at is not null and unbind_reason is not null))
);
create unique index plate_binding_active_uq on plate_binding (blind_index) where unbound_at is null;
create index plate_binding_member_idx on plate_binding (member_id, bound_at);

-- The car park's entry of a session (optional): which member's car came in, for the day's visit.
create table parking_entry (
    id           bigint        primary key,
    mall_id      bigint        not null references mall (id) deferrable initially deferred,
    session_id   varchar(64)   not null,
    member_id    bigint        references member (id) deferrable initially deferred,
    binding_id   bigint        references plate_binding (id) deferrable initially deferred,
    request_hash varchar(64)   not null,
    entered_at   timestamptz   not null,
    recorded_at  timestamptz   not null,
    constraint parking_entry_session_uq unique (mall_id, session_id)
);

-- What a car park applied at an exit, idempotent by its session id in its mall: the minutes (by
-- reason: tier, spend) and fen, the points paid (points_entry_id, their REDEEM entry) and, after a
-- release, the entry that gave them back. A RELEASED settlement no longer counts against the caps.
create table parking_settlement (
    id               bigint        primary key,
    mall_id          bigint        not null references mall (id) deferrable initially deferred,
    session_id       varchar(64)   not null,
    request_hash     varchar(64)   not null,
    member_id        bigint        references member (id) deferrable initially deferred,
    binding_id       bigint        references plate_binding (id) deferrable initially deferred,
    business_day     date          not null,
    entered_at       timestamptz   not null,
    exited_at        timestamptz   not null,
    fee_fen          bigint        not null,
    applied_minutes  integer       not null,
    applied_fen      bigint        not null,
    tier_minutes     integer       not null,
    spend_minutes    integer       not null,
    point_hours      integer       not null,
    points           bigint        not null,
    points_entry_id  bigint        references journal_entry (id) deferrable initially deferred,
    state            varchar(16)   not null,
    settled_at       timestamptz   not null,
    released_at      timestamptz,
    release_entry_id bigint        references journal_entry (id) deferrable initially deferred,
    version          bigint        not null default 0,
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
    settlement_id  bigint         not null references parking_settlement (id) deferrable initially deferred,
    sale_id        bigint         not null,
    tenant_id      bigint         not null references tenant (id) deferrable initially deferred,
    amount         numeric(12, 2) not null,
    constraint parking_spend_sale_pk primary key (settlement_id, sale_id),
    constraint parking_spend_sale_uq unique (sale_id)
);

-- Who pays a settlement's free minutes: the operator (tier minutes; spend minutes when the mall's
-- parking.spend-cost is OPERATOR), a partner (partner-right minutes), or each tenant whose sales
-- unlocked the spend minutes, pro rata to those sales. amount = minutes / 60 x the free hour's cost.
create table parking_charge (
    id             bigint         primary key,
    settlement_id  bigint         not null references parking_settlement (id) deferrable initially deferred,
    mall_id        bigint         not null references mall (id) deferrable initially deferred,
    business_day   date           not null,
    payer_kind     varchar(16)    not null,
    tenant_id      bigint         references tenant (id) deferrable initially deferred,
    partner_code   varchar(32),
    reason         varchar(16)    not null,
    minutes        numeric(10, 2) not null,
    amount         numeric(12, 2) not null,
    constraint parking_charge_payer_ck check (payer_kind in ('OPERATOR', 'TENANT', 'PARTNER')),
    constraint parking_charge_reason_ck check (reason in ('TIER', 'SPEND', 'PARTNER')),
    constraint parking_charge_tenant_ck check ((payer_kind = 'TENANT' and tenant_id is not null)
        or (payer_kind <> 'TENANT' and tenant_id is null))
);
create index parking_charge_mall_day_idx on parking_charge (mall_id, business_day);
create index parking_charge_settlement_idx on parking_charge (settlement_id);
