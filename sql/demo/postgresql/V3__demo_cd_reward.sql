-- A reward of the operator's own stock offered only at 星汇天地 Star Harbour Chengdu (CD): CD's
-- tills and CD's service desk redeem it, XH's do not see it, and marketing-cd manages it
-- (docs/redemption.md, "Rewards of a mall or of the group"). Valid for a year from the seeding.
insert into reward (id, code, name, description, points_price, stock, per_member_limit,
                    valid_from, valid_until, coupon_valid_days, provider_tenant_id, mall_id,
                    status, created_at, version)
select nextval('atrium_seq'), 'CD-PANDA', '熊猫帆布袋 Panda tote bag',
       '星汇天地服务台领取 Collect at the Chengdu service desk', 800, 200, 2,
       now() - interval '1 day', now() + interval '365 days', 30, null, m.id,
       'ACTIVE', now(), 0
  from mall m
 where m.code = 'CD'
   and not exists (select 1 from reward where code = 'CD-PANDA');
