-- a parking settlement released after its period is given back in the period of its release, on an
-- adjustment line naming the settlement (docs/clearing.md, "Parking")
alter table clearing_line drop constraint clearing_line_adjusts_ck;
alter table clearing_line add constraint clearing_line_adjusts_ck
    check (adjusts_source is null
           or (adjusts_source in ('ENTRY', 'DISPUTE', 'SETTLEMENT') and adjusts_id is not null));
-- a run finds the settlements released in its period
create index parking_settlement_mall_released_idx on parking_settlement (mall_id, released_at);
