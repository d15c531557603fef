-- Oracle twin of sql/postgresql/V14__mall_of_rewards_and_flags.sql (same columns, constraints and
-- backfill).
-- Rewards and member flags know their mall (issue 8 section 5; docs/redemption.md "Rewards of a
-- mall or of the group"), so that one-mall operators, desks and tills see only their mall's and
-- the group's. Backfilled here; the application sets both on creation.

-- A reward belongs to one mall or (null) to the whole group. A tenant's reward belongs to its
-- tenant's mall; the operator's own rewards so far were for the whole group.
alter table reward add (
    mall_id  number(19)  references mall (id) deferrable initially deferred
);
update reward r set mall_id = (select t.mall_id from tenant t where t.id = r.provider_tenant_id)
 where r.provider_tenant_id is not null;
alter table reward add constraint reward_mall_ck
    check (mall_id is not null or provider_tenant_id is null);

-- A flag raised by a refund is at the refund's mall (V12), recorded rather than joined.
alter table member_flag add (
    mall_id  number(19)  references mall (id) deferrable initially deferred
);
update member_flag f set mall_id = (select r.mall_id from refund r where r.id = f.refund_id)
 where f.refund_id is not null;
alter table member_flag add constraint member_flag_mall_ck
    check (mall_id is not null or refund_id is null);
