-- Operator staff are group-wide (mall_id null) or scoped to one mall of the operator
-- (docs/security.md, "Mall scope"); store staff are bound to a tenant, whose mall is theirs.
alter table app_user add column mall_id bigint references mall (id) deferrable initially deferred;
alter table app_user add constraint app_user_scope_ck check (mall_id is null or tenant_id is null);
create index app_user_mall_idx on app_user (mall_id);
