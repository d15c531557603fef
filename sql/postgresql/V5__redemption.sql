-- Redemption (docs/redemption.md): points as cash at a tenant's till, the rewards catalog with the
-- coupons its redemptions issue, POS refunds of sales, and members flagged for customer service.

-- Points taken as cash at a tenant's till; (tenant, payment reference) or (tenant, key) makes a
-- POS post idempotent, like a sale.
create table point_payment (
    id                 bigint primary key,
    tenant_id          bigint         not null references tenant (id) deferrable initially deferred,
    member_id          bigint         not null references member (id) deferrable initially deferred,
    payment_reference  varchar(64)    not null,
    bill_amount        numeric(14, 2) not null,
    points             bigint         not null,
    cash_value         numeric(14, 2) not null,
    journal_entry_id   bigint         not null references journal_entry (id) deferrable initially deferred,
    balance_after      bigint         not null,
    channel            varchar(16)    not null,
    request_hash       varchar(64)    not null,
    idempotency_key    varchar(100),
    recorded_by        varchar(64)    not null,
    recorded_at        timestamptz    not null,
    constraint point_payment_reference_uq unique (tenant_id, payment_reference),
    constraint point_payment_points_ck check (points > 0),
    constraint point_payment_value_ck check (cash_value > 0 and cash_value <= bill_amount)
);
create unique index point_payment_idempotency_uq on point_payment (tenant_id, idempotency_key)
    where idempotency_key is not null;
create index point_payment_member_idx on point_payment (member_id);

-- A reward of the catalog, provided by a tenant (its goods or service) or, when provider_tenant_id
-- is null, by the operator's own stock. Stock is decremented by a conditional update and can never
-- go below zero.
create table reward (
    id                  bigint primary key,
    code                varchar(32)  not null unique,
    name                varchar(200) not null,
    description         varchar(1000),
    points_price        bigint       not null,
    stock               bigint       not null,
    per_member_limit    integer      not null,
    valid_from          timestamptz  not null,
    valid_until         timestamptz  not null,
    coupon_valid_days   integer      not null,
    provider_tenant_id  bigint references tenant (id) deferrable initially deferred,
    status              varchar(16)  not null,
    created_at          timestamptz  not null,
    version             bigint       not null default 0,
    constraint reward_price_ck check (points_price > 0),
    constraint reward_stock_ck check (stock >= 0),
    constraint reward_limit_ck check (per_member_limit > 0),
    constraint reward_window_ck check (valid_until > valid_from),
    constraint reward_coupon_days_ck check (coupon_valid_days > 0),
    constraint reward_status_ck check (status in ('ACTIVE', 'RETIRED'))
);

-- One redemption of a reward by a member, and the coupon it issued. The coupon code is random
-- (128 bits, base64url); verification and cancellation are conditional updates on status.
create table redemption (
    id                  bigint primary key,
    reward_id           bigint       not null references reward (id) deferrable initially deferred,
    member_id           bigint       not null references member (id) deferrable initially deferred,
    provider_tenant_id  bigint references tenant (id) deferrable initially deferred,
    points              bigint       not null,
    journal_entry_id    bigint       not null references journal_entry (id) deferrable initially deferred,
    balance_after       bigint       not null,
    coupon_code         varchar(32)  not null unique,
    status              varchar(16)  not null,
    issued_at           timestamptz  not null,
    valid_until         timestamptz  not null,
    verified_at         timestamptz,
    verified_by         varchar(64),
    cancelled_at        timestamptz,
    cancelled_by        varchar(64),
    cancel_entry_id     bigint references journal_entry (id) deferrable initially deferred,
    channel             varchar(16)  not null,
    client              varchar(64)  not null,
    request_hash        varchar(64)  not null,
    idempotency_key     varchar(100),
    constraint redemption_points_ck check (points > 0),
    constraint redemption_status_ck check (status in ('ISSUED', 'VERIFIED', 'CANCELLED'))
);
create unique index redemption_idempotency_uq on redemption (client, idempotency_key)
    where idempotency_key is not null;
create index redemption_member_reward_idx on redemption (member_id, reward_id);

-- A POS refund of (part of) a sale. (tenant, refund reference) or (tenant, key) makes it
-- idempotent. points: what the refund takes back in total; reversed: taken back from the sale's
-- own lot; recovered: taken from the member's other points or into a negative balance (policy
-- ALLOW_NEGATIVE); unrecovered: left for customer service (policy STOP_AT_ZERO).
create table refund (
    id                 bigint primary key,
    tenant_id          bigint         not null references tenant (id) deferrable initially deferred,
    sale_id            bigint         not null references sale (id) deferrable initially deferred,
    member_id          bigint         not null references member (id) deferrable initially deferred,
    refund_reference   varchar(64)    not null,
    amount             numeric(14, 2) not null,
    points             bigint         not null,
    points_reversed    bigint         not null,
    points_recovered   bigint         not null,
    points_unrecovered bigint         not null,
    policy             varchar(16)    not null,
    balance_after      bigint         not null,
    request_hash       varchar(64)    not null,
    idempotency_key    varchar(100),
    recorded_by        varchar(64)    not null,
    recorded_at        timestamptz    not null,
    constraint refund_reference_uq unique (tenant_id, refund_reference),
    constraint refund_amount_ck check (amount > 0),
    constraint refund_points_ck check (points >= 0 and points = points_reversed + points_recovered + points_unrecovered),
    constraint refund_policy_ck check (policy in ('ALLOW_NEGATIVE', 'STOP_AT_ZERO'))
);
create unique index refund_idempotency_uq on refund (tenant_id, idempotency_key)
    where idempotency_key is not null;
create index refund_sale_idx on refund (sale_id);

-- A member flagged for customer service (for now: points a refund could not take back).
create table member_flag (
    id           bigint primary key,
    member_id    bigint        not null references member (id) deferrable initially deferred,
    kind         varchar(32)   not null,
    points       bigint        not null,
    detail       varchar(500)  not null,
    refund_id    bigint references refund (id) deferrable initially deferred,
    created_at   timestamptz   not null,
    resolved_at  timestamptz,
    resolved_by  varchar(64),
    constraint member_flag_kind_ck check (kind in ('REFUND_UNRECOVERED'))
);
create index member_flag_open_idx on member_flag (created_at) where resolved_at is null;
create index member_flag_member_idx on member_flag (member_id);
