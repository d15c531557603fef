-- Twin of sql/postgresql/V57__parking_sale.sql (types as in V1).
-- Parking's copy of the recent sales (docs/parking.md, "What a quote reads"): per sale its member,
-- mall, tenant, time and the amount still counting (less what was refunded). Kept by SaleRecorded
-- and SaleRefunded inside the sale's and the refund's transactions, so the quote sums a member's
-- unused spend of the day in the statement that finds the plate. Rows older than
-- atrium.parking.sale-copy-days (at most 31) are purged nightly; a quote for an older day asks the
-- earning context. No foreign keys: a copy, written on every sale's path.
create table parking_sale (
    sale_id      number(19)     primary key,
    member_id    number(19)     not null,
    mall_id      number(19)     not null,
    tenant_id    number(19)     not null,
    occurred_at  timestamp with time zone not null,
    amount       number(14, 2)  not null
);
create index parking_sale_member_idx on parking_sale (member_id, occurred_at);
insert into parking_sale (sale_id, member_id, mall_id, tenant_id, occurred_at, amount)
select s.id, s.member_id, s.mall_id, s.tenant_id, s.occurred_at, s.amount - s.refunded_amount
  from sale s
 where s.occurred_at >= current_timestamp - interval '32' day;
