-- Twin of sql/postgresql/V24__prepaid_blocks.sql (types as in V1: bigint -> number(19), numeric ->
-- number, varchar -> varchar2 char, timestamptz -> timestamp with time zone; the partial unique
-- index becomes a function-based one that leaves members' messages out).
create table prepaid_block_purchase (
    id                 number(19)                primary key,
    tenant_id          number(19)                not null references tenant (id) deferrable initially deferred,
    points             number(19)                not null,
    cost_per_point     number(6, 4)              not null,
    price              number(14, 2)             not null,
    reference          varchar2(64 char)         not null,
    note               varchar2(200 char),
    purchased_by       varchar2(100 char)        not null,
    purchased_at       timestamp with time zone  not null,
    balance_after      number(19)                not null,
    alert_at_or_below  number(19)                not null,
    drawn_after        number(19)                not null,
    alerted_at         timestamp with time zone,
    constraint prepaid_block_reference_uq unique (tenant_id, reference),
    constraint prepaid_block_points_ck check (points between 1 and 100000000
        and cost_per_point between 0 and 1 and price >= 0 and alert_at_or_below >= 0
        and drawn_after >= 0)
);
create index prepaid_block_tenant_idx on prepaid_block_purchase (tenant_id, purchased_at);

alter table notification_outbox modify (member_id null);
alter table notification_outbox add (recipient varchar2(32 char));
alter table notification_outbox add constraint notification_outbox_to_ck
    check ((member_id is null and recipient is not null) or (member_id is not null and recipient is null));
create unique index notification_outbox_recipient_uq on notification_outbox (
    case when recipient is not null then kind end,
    recipient,
    case when recipient is not null then reference end);
