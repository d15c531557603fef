-- Partner statements and parking lines in clearing runs (docs/clearing.md, "Partners" and
-- "Parking").
--
-- A parking line charges free minutes, not points: its minutes (the sum of the parking charges'
-- minutes, 2 decimals as parking keeps them); null on every other line. A memo line (the
-- operator's own parking cost, a prepaid partner's deposit) settles nothing: amount 0.00, the CNY
-- it records in memo; null on every other line.
alter table clearing_line add minutes numeric(12, 2);
alter table clearing_line add memo numeric(14, 2);

-- A run reads a period's exchanges by when they were made and when they were undone, per partner.
create index partner_exchange_made_idx on partner_exchange (partner_id, requested_at);
create index partner_exchange_settled_idx on partner_exchange (partner_id, settled_at);
-- A run reads a period's parking settlements by when they were booked.
create index parking_settlement_mall_settled_idx on parking_settlement (mall_id, settled_at);
