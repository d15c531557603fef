-- Plausibility, second approval and voids at the till (docs/approvals.md).

-- A sale above its tenant's approval threshold waits here with everything it was asked with; an
-- approval books it through the normal sale path (sale_id), a rejection records why. One held sale
-- per receipt of a tenant, so that a replayed POS post finds it.
create table held_sale (
    id                bigint primary key,
    tenant_id         bigint         not null references tenant (id) deferrable initially deferred,
    mall_id           bigint         not null references mall (id) deferrable initially deferred,
    member_id         bigint         not null references member (id) deferrable initially deferred,
    receipt_number    varchar(64)    not null,
    amount            numeric(14, 2) not null,
    occurred_at       timestamptz    not null,
    channel           varchar(16)    not null,
    request_hash      varchar(64)    not null,
    idempotency_key   varchar(100),
    held_by           varchar(64)    not null,
    held_at           timestamptz    not null,
    reason            varchar(200)   not null,
    status            varchar(16)    not null,
    decided_by        varchar(64),
    decided_at        timestamptz,
    decision_reason   varchar(200),
    sale_id           bigint references sale (id) deferrable initially deferred,
    constraint held_sale_receipt_uq unique (tenant_id, receipt_number),
    constraint held_sale_amount_ck check (amount > 0),
    constraint held_sale_status_ck check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    constraint held_sale_decided_ck check (
        (status = 'PENDING' and decided_at is null)
        or (status = 'APPROVED' and decided_at is not null and sale_id is not null)
        or (status = 'REJECTED' and decided_at is not null and decision_reason is not null))
);
create index held_sale_pending_idx on held_sale (tenant_id, held_at) where status = 'PENDING';

-- A sale voided at the till (or refunded at the desk): its points go back through a refund whose
-- reference is VOID-<saleId>; a void whose points were already spent waits for a merchant
-- manager (approved_by).
create table sale_void (
    id           bigint primary key,
    sale_id      bigint        not null references sale (id) deferrable initially deferred,
    tenant_id    bigint        not null references tenant (id) deferrable initially deferred,
    reason       varchar(200)  not null,
    voided_by    varchar(64)   not null,
    voided_at    timestamptz   not null,
    status       varchar(16)   not null,
    approved_by  varchar(64),
    decided_at   timestamptz,
    refund_id    bigint references refund (id) deferrable initially deferred,
    constraint sale_void_sale_uq unique (sale_id),
    constraint sale_void_status_ck check (status in ('PENDING', 'DONE', 'REJECTED'))
);
create index sale_void_pending_idx on sale_void (tenant_id) where status = 'PENDING';

-- Velocity: how many sales one assistant (or POS key) recorded on a day.
create index sale_recorder_idx on sale (recorded_by, recorded_at);

-- A member flag for the service desk when a member or an assistant goes over a daily velocity limit.
alter table member_flag drop constraint member_flag_kind_ck;
alter table member_flag add constraint member_flag_kind_ck
    check (kind in ('REFUND_UNRECOVERED', 'SALE_VELOCITY'));
