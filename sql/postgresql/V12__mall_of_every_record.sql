-- Every sale, payment with points, refund, redemption and lot records its mall (issue 8 section 5;
-- docs/ledger.md "The mall of a lot", docs/redemption.md "The mall of a redemption"). Backfilled
-- here from the tenant each record was made at; the application sets it on creation.

-- A sale is at a tenant, so at that tenant's mall. The dashboard reads one mall's sales by time.
alter table sale add column mall_id bigint references mall (id) deferrable initially deferred;
update sale s set mall_id = (select t.mall_id from tenant t where t.id = s.tenant_id);
alter table sale alter column mall_id set not null;
create index sale_mall_occurred_idx on sale (mall_id, occurred_at);

-- Points as cash are taken at a tenant's till; a refund is of a sale, at the sale's mall.
alter table point_payment add column mall_id bigint references mall (id) deferrable initially deferred;
update point_payment p set mall_id = (select t.mall_id from tenant t where t.id = p.tenant_id);
alter table point_payment alter column mall_id set not null;

alter table refund add column mall_id bigint references mall (id) deferrable initially deferred;
update refund r set mall_id = (select s.mall_id from sale s where s.id = r.sale_id);
alter table refund alter column mall_id set not null;

-- A redemption of a tenant's reward is at that tenant's mall; one of the operator's own stock is
-- at the mall of whoever redeemed it (a POS's tenant, a one-mall operator), or at none (null) when
-- a group-wide operator redeemed it at the service desk.
alter table redemption add column mall_id bigint references mall (id) deferrable initially deferred;
update redemption r set mall_id = coalesce(
    (select t.mall_id from tenant t where t.id = r.provider_tenant_id),
    (select t.mall_id from api_client c join tenant t on t.id = c.tenant_id where c.key_id = r.client),
    (select u.mall_id from app_user u where u.username = r.client));
alter table redemption add constraint redemption_mall_ck
    check (mall_id is not null or provider_tenant_id is null);

-- A lot records the mall where its points were earned: a tenant's lot its tenant's mall, a
-- campaign's lot (funded by the operator) the mall of the sale's tenant, a lot that gives back
-- points of an expired lot that lot's mall. Null is left for points no mall gave (an operator's
-- grant to a member, once there are such). No index: no query selects lots by mall yet, and every
-- accrual writes a lot.
alter table points_lot add column mall_id bigint references mall (id) deferrable initially deferred;
update points_lot l set mall_id = (
    select t.mall_id from ledger_account a join tenant t on t.id = a.tenant_id
     where a.id = l.issuer_account_id);
update points_lot l set mall_id = (
    select t.mall_id from journal_entry e join tenant t on t.id = e.tenant_id
     where e.id = l.credit_entry_id and e.kind = 'EARN')
 where l.mall_id is null;
update points_lot l set mall_id = (
    select min(o.mall_id) from journal_entry r
      join lot_consumption c on c.entry_id = r.reverses_entry_id
      join points_lot o on o.id = c.lot_id
     where r.id = l.credit_entry_id and o.issuer_account_id = l.issuer_account_id)
 where l.mall_id is null;
