-- Oracle twin of sql/postgresql/V34__held_sales_and_voids.sql (types as in V1; the partial
-- indexes become plain ones). Plausibility, second approval and voids at the till
-- (docs/approvals.md).
create table held_sale (
    id                number(19)               primary key,
    tenant_id         number(19)               not null references tenant (id) deferrable initially deferred,
    mall_id           number(19)               not null references mall (id) deferrable initially deferred,
    member_id         number(19)               not null references member (id) deferrable initially deferred,
    receipt_number    varchar2(64 char)        not null,
    amount            number(14, 2)            not null,
    occurred_at       timestamp with time zone not null,
    channel           varchar2(16 char)        not null,
    request_hash      varchar2(64 char)        not null,
    idempotency_key   varchar2(100 char),
    held_by           varchar2(64 char)        not null,
    held_at           timestamp with time zone not null,
    reason            varchar2(200 char)       not null,
    status            varchar2(16 char)        not null,
    decided_by        varchar2(64 char),
    decided_at        timestamp with time zone,
    decision_reason   varchar2(200 char),
    sale_id           number(19) references sale (id) deferrable initially deferred,
    constraint held_sale_receipt_uq unique (tenant_id, receipt_number),
    constraint held_sale_amount_ck check (amount > 0),
    constraint held_sale_status_ck check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    constraint held_sale_decided_ck check (
        (status = 'PENDING' and decided_at is null)
        or (status = 'APPROVED' and decided_at is not null and sale_id is not null)
        or (status = 'REJECTED' and decided_at is not null and decision_reason is not null))
);
-- PostgreSQL: (tenant_id, held_at) where status = 'PENDING'
create index held_sale_pending_idx on held_sale (tenant_id, status, held_at);

create table sale_void (
    id           number(19)               primary key,
    sale_id      number(19)               not null references sale (id) deferrable initially deferred,
    tenant_id    number(19)               not null references tenant (id) deferrable initially deferred,
    reason       varchar2(200 char)       not null,
    voided_by    varchar2(64 char)        not null,
    voided_at    timestamp with time zone not null,
    status       varchar2(16 char)        not null,
    approved_by  varchar2(64 char),
    decided_at   timestamp with time zone,
    refund_id    number(19) references refund (id) deferrable initially deferred,
    constraint sale_void_sale_uq unique (sale_id),
    constraint sale_void_status_ck check (status in ('PENDING', 'DONE', 'REJECTED'))
);
-- PostgreSQL: (tenant_id) where status = 'PENDING'
create index sale_void_pending_idx on sale_void (tenant_id, status);

create index sale_recorder_idx on sale (recorded_by, recorded_at);

alter table member_flag drop constraint member_flag_kind_ck;
alter table member_flag add constraint member_flag_kind_ck
    check (kind in ('REFUND_UNRECOVERED', 'SALE_VELOCITY'));
