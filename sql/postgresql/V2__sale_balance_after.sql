-- A replayed POS post answers with the original result, including the balance right after the sale.
alter table sale add column balance_after bigint;
