-- Prepaid blocks (docs/clearing.md, "Prepaid blocks"): a PREPAID tenant buys blocks of points in
-- advance; the points it funds draw them down. One row per purchase, never changed except by the
-- low-block alert's two columns: the price is points x the tenant's cost per point in force when it
-- was bought, rounded once to the fen. The reference (invoice or payment number) is unique per
-- tenant, so a replayed purchase finds its original. balance_after is the block's balance right
-- after the purchase (signed: a running overdraft is covered first); drawn_after counts the points
-- the tenant's sales funded since, for the alert only (statements read the ledger), and alerted_at
-- is set once when they bring the block to alert_at_or_below points or fewer.
create table prepaid_block_purchase (
    id                 bigint         primary key,
    tenant_id          bigint         not null references tenant (id) deferrable initially deferred,
    points             bigint         not null,
    cost_per_point     numeric(6, 4)  not null,
    price              numeric(14, 2) not null,
    reference          varchar(64)    not null,
    note               varchar(200),
    purchased_by       varchar(100)   not null,
    purchased_at       timestamptz    not null,
    balance_after      bigint         not null,
    alert_at_or_below  bigint         not null,
    drawn_after        bigint         not null,
    alerted_at         timestamptz,
    constraint prepaid_block_reference_uq unique (tenant_id, reference),
    constraint prepaid_block_points_ck check (points between 1 and 100000000
        and cost_per_point between 0 and 1 and price >= 0 and alert_at_or_below >= 0
        and drawn_after >= 0)
);
create index prepaid_block_tenant_idx on prepaid_block_purchase (tenant_id, purchased_at);

-- The outbox also carries notices to the operator's and tenants' staff (the prepaid block alert):
-- such a message names its recipient's phone instead of a member. Exactly one of the two is set;
-- (kind, recipient, reference) makes a notice exactly-once as (kind, member_id, reference) does a
-- member's message.
alter table notification_outbox alter column member_id drop not null;
alter table notification_outbox add column recipient varchar(32);
alter table notification_outbox add constraint notification_outbox_to_ck
    check ((member_id is null and recipient is not null) or (member_id is not null and recipient is null));
create unique index notification_outbox_recipient_uq on notification_outbox (kind, recipient, reference)
    where recipient is not null;
