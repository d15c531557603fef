-- Earning rules are group-wide (mall_id null) or one mall's (docs/earning.md, "Group and mall
-- rules"): a sale uses its mall's own version in force, else the group's. Version numbers stay
-- unique across scopes, so "version 7" names one document wherever it is shown.
alter table earning_rule_set add (
    mall_id  number(19)  references mall (id) deferrable initially deferred
);
create index earning_rule_set_mall_from_idx on earning_rule_set (mall_id, effective_from);

-- A campaign code belongs to the scope that first published it; another scope cannot reuse it,
-- so two malls never draw on one budget by accident.
alter table campaign_budget add (
    mall_id  number(19)  references mall (id) deferrable initially deferred
);
