-- Twin of sql/postgresql/V45__sale_refunded_amount.sql.
alter table sale add (refunded_amount number(14, 2) default 0 not null);
update sale s set refunded_amount = (select sum(r.amount) from refund r where r.sale_id = s.id)
 where exists (select 1 from refund r where r.sale_id = s.id);
alter table sale add constraint sale_refunded_ck check (refunded_amount >= 0 and refunded_amount <= amount);
