-- Parking's copy of the demo sales of the last days (V57, docs/parking.md "What a quote reads"), as
-- the sales' own transactions would have made it: the demo sales are inserted by SQL, after the
-- schema's own backfill ran on an empty sale table.
insert into parking_sale (sale_id, member_id, mall_id, tenant_id, occurred_at, amount)
select s.id, s.member_id, s.mall_id, s.tenant_id, s.occurred_at, s.amount - s.refunded_amount
  from sale s
 where s.occurred_at >= current_timestamp - interval '32' day
   and not exists (select 1 from parking_sale p where p.sale_id = s.id);
