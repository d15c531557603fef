-- What was refunded of each sale (voids are refunds), kept on the sale by the earning context in
-- the refund's transaction, so that the same-day spend that unlocks parking minutes nets refunds
-- without reading the redemption context's refund table. Existing refunds are carried over.
alter table sale add column refunded_amount numeric(14, 2) not null default 0;
update sale s set refunded_amount = r.total
  from (select sale_id, sum(amount) as total from refund group by sale_id) r
 where r.sale_id = s.id;
alter table sale add constraint sale_refunded_ck check (refunded_amount >= 0 and refunded_amount <= amount);
