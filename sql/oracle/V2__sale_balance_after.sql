-- A replayed POS post answers with the original result, including the balance right after the sale.
alter table sale add (balance_after number(19));
