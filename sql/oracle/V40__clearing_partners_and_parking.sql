-- Twin of sql/postgresql/V40__clearing_partners_and_parking.sql.
alter table clearing_line add minutes number(12, 2);
alter table clearing_line add memo number(14, 2);

create index partner_exchange_made_idx on partner_exchange (partner_id, requested_at);
create index partner_exchange_settled_idx on partner_exchange (partner_id, settled_at);
create index parking_settlement_mall_settled_idx on parking_settlement (mall_id, settled_at);
