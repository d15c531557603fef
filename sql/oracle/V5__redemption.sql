-- Oracle twin of sql/postgresql/V5__redemption.sql (same tables, columns, constraints); partial
-- indexes become function-based ones.
-- Redemption (docs/redemption.md): points as cash at a tenant's till, the rewards catalog with the
-- coupons its redemptions issue, POS refunds of sales, and members flagged for customer service.

-- Points taken as cash at a tenant's till; (tenant, payment reference) or (tenant, key) makes a
-- POS post idempotent, like a sale.
create table point_payment (
    id                 number(19) primary key,
    tenant_id          number(19)         not null references tenant (id) deferrable initially deferred,
    member_id          number(19)         not null references member (id) deferrable initially deferred,
    payment_reference  varchar2(64 char)    not null,
    bill_amount        number(14, 2) not null,
    points             number(19)         not null,
    cash_value         number(14, 2) not null,
    journal_entry_id   number(19)         not null references journal_entry (id) deferrable initially deferred,
    balance_after      number(19)         not null,
    channel            varchar2(16 char)    not null,
    request_hash       varchar2(64 char)    not null,
    idempotency_key    varchar2(100 char),
    recorded_by        varchar2(64 char)    not null,
    recorded_at        timestamp with time zone    not null,
    constraint point_payment_reference_uq unique (tenant_id, payment_reference),
    constraint point_payment_points_ck check (points > 0),
    constraint point_payment_value_ck check (cash_value > 0 and cash_value <= bill_amount)
);
-- PostgreSQL: unique (tenant_id, idempotency_key) where idempotency_key is not null
create unique index point_payment_idempotency_uq on point_payment (
    case when idempotency_key is not null then tenant_id end, idempotency_key);
create index point_payment_member_idx on point_payment (member_id);

-- A reward of the catalog, provided by a tenant (its goods or service) or, when provider_tenant_id
-- is null, by the operator's own stock. Stock is decremented by a conditional update and can never
-- go below zero.
create table reward (
    id                  number(19) primary key,
    code                varchar2(32 char)  not null unique,
    name                varchar2(200 char) not null,
    description         varchar2(1000 char),
    points_price        number(19)       not null,
    stock               number(19)       not null,
    per_member_limit    number(10)      not null,
    valid_from          timestamp with time zone  not null,
    valid_until         timestamp with time zone  not null,
    coupon_valid_days   number(10)      not null,
    provider_tenant_id  number(19) references tenant (id) deferrable initially deferred,
    status              varchar2(16 char)  not null,
    created_at          timestamp with time zone  not null,
    version             number(19)       default 0 not null,
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
    id                  number(19) primary key,
    reward_id           number(19)       not null references reward (id) deferrable initially deferred,
    member_id           number(19)       not null references member (id) deferrable initially deferred,
    provider_tenant_id  number(19) references tenant (id) deferrable initially deferred,
    points              number(19)       not null,
    journal_entry_id    number(19)       not null references journal_entry (id) deferrable initially deferred,
    balance_after       number(19)       not null,
    coupon_code         varchar2(32 char)  not null unique,
    status              varchar2(16 char)  not null,
    issued_at           timestamp with time zone  not null,
    valid_until         timestamp with time zone  not null,
    verified_at         timestamp with time zone,
    verified_by         varchar2(64 char),
    cancelled_at        timestamp with time zone,
    cancelled_by        varchar2(64 char),
    cancel_entry_id     number(19) references journal_entry (id) deferrable initially deferred,
    channel             varchar2(16 char)  not null,
    client              varchar2(64 char)  not null,
    request_hash        varchar2(64 char)  not null,
    idempotency_key     varchar2(100 char),
    constraint redemption_points_ck check (points > 0),
    constraint redemption_status_ck check (status in ('ISSUED', 'VERIFIED', 'CANCELLED'))
);
-- PostgreSQL: unique (client, idempotency_key) where idempotency_key is not null
create unique index redemption_idempotency_uq on redemption (
    case when idempotency_key is not null then client end, idempotency_key);
create index redemption_member_reward_idx on redemption (member_id, reward_id);

-- A POS refund of (part of) a sale. (tenant, refund reference) or (tenant, key) makes it
-- idempotent. points: what the refund takes back in total; reversed: taken back from the sale's
-- own lot; recovered: taken from the member's other points or into a negative balance (policy
-- ALLOW_NEGATIVE); unrecovered: left for customer service (policy STOP_AT_ZERO).
create table refund (
    id                 number(19) primary key,
    tenant_id          number(19)         not null references tenant (id) deferrable initially deferred,
    sale_id            number(19)         not null references sale (id) deferrable initially deferred,
    member_id          number(19)         not null references member (id) deferrable initially deferred,
    refund_reference   varchar2(64 char)    not null,
    amount             number(14, 2) not null,
    points             number(19)         not null,
    points_reversed    number(19)         not null,
    points_recovered   number(19)         not null,
    points_unrecovered number(19)         not null,
    policy             varchar2(16 char)    not null,
    balance_after      number(19)         not null,
    request_hash       varchar2(64 char)    not null,
    idempotency_key    varchar2(100 char),
    recorded_by        varchar2(64 char)    not null,
    recorded_at        timestamp with time zone    not null,
    constraint refund_reference_uq unique (tenant_id, refund_reference),
    constraint refund_amount_ck check (amount > 0),
    constraint refund_points_ck check (points >= 0 and points = points_reversed + points_recovered + points_unrecovered),
    constraint refund_policy_ck check (policy in ('ALLOW_NEGATIVE', 'STOP_AT_ZERO'))
);
-- PostgreSQL: unique (tenant_id, idempotency_key) where idempotency_key is not null
create unique index refund_idempotency_uq on refund (
    case when idempotency_key is not null then tenant_id end, idempotency_key);
create index refund_sale_idx on refund (sale_id);

-- A member flagged for customer service (for now: points a refund could not take back).
create table member_flag (
    id           number(19) primary key,
    member_id    number(19)        not null references member (id) deferrable initially deferred,
    kind         varchar2(32 char)   not null,
    points       number(19)        not null,
    detail       varchar2(500 char)  not null,
    refund_id    number(19) references refund (id) deferrable initially deferred,
    created_at   timestamp with time zone   not null,
    resolved_at  timestamp with time zone,
    resolved_by  varchar2(64 char),
    constraint member_flag_kind_ck check (kind in ('REFUND_UNRECOVERED'))
);
create index member_flag_open_idx on member_flag (resolved_at, created_at);
create index member_flag_member_idx on member_flag (member_id);
