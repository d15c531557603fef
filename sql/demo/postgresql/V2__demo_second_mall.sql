-- The demo operator's second mall: 星汇天地 Star Harbour Chengdu (CD), 8 tenants with their ledger
-- accounts, POS keys, a car park and a WiFi controller key, a marketing manager scoped to CD, and
-- ~3,000 sales over the last 120 days by members who also shop at Star Harbour Mall (XH): one
-- membership, one balance, two malls (docs/configuration.md, "Several malls").
--
-- Booked exactly as V1 books XH's sales (an EARN entry whose two lines sum to zero, one lot, the
-- member's stored balance = its lines = its open lots). Seeded, so the shape is the same each time.

set local max_parallel_workers_per_gather = 0;
do $$ begin perform setseed(0.2027); end $$;

-- the mall (the registry adds it at startup when the seed is off; here it must exist first) -----
insert into mall (id, code, name, zone_id, created_at)
select nextval('atrium_seq'), 'CD', '星汇天地 Star Harbour Chengdu', 'Asia/Shanghai', now() - interval '200 days'
 where not exists (select 1 from mall where code = 'CD');

create temp table demo_cd_tenant (
    ord int, code text, zh text, en text, category text, floor text, unit text,
    weight numeric, min_amount numeric, max_amount numeric, multiplier numeric(3, 1),
    id bigint, issuance_account_id bigint, lo numeric, hi numeric
);
insert into demo_cd_tenant (ord, code, zh, en, category, floor, unit, weight, min_amount, max_amount, multiplier)
values (1, 'CD-FB01', '星巴克', 'Starbucks', 'FOOD_BEVERAGE', 'L1', '108', 12, 30, 80, 1.5),
       (2, 'CD-FB02', '蜀大侠火锅', 'Shudaxia Hotpot', 'FOOD_BEVERAGE', 'L6', '602', 6, 150, 500, 1.0),
       (3, 'CD-FA01', '优衣库', 'UNIQLO', 'FASHION', 'L2', '205', 5, 99, 800, 1.0),
       (4, 'CD-CI01', '太平洋影城', 'Pacific Cinema', 'CINEMA', 'L7', '701', 4, 45, 200, 1.5),
       (5, 'CD-SM01', '伊藤洋华堂', 'Ito Yokado', 'SUPERMARKET', 'B1', 'B02', 7, 60, 700, 0.5),
       (6, 'CD-BE01', '丝芙兰', 'Sephora', 'BEAUTY', 'L1', '122', 3, 150, 2000, 1.2),
       (7, 'CD-SP01', '安踏', 'ANTA', 'SPORTS', 'L3', '318', 3, 200, 1500, 1.0),
       (8, 'CD-EL01', '华为体验店', 'Huawei Experience Store', 'ELECTRONICS', 'L2', '260', 2, 300, 8000, 0.5);

update demo_cd_tenant t
   set lo = (c.running - t.weight) * 100 / c.total, hi = c.running * 100 / c.total
  from (select code, sum(weight) over (order by ord) as running, sum(weight) over () as total
          from demo_cd_tenant) c
 where c.code = t.code;
update demo_cd_tenant set id = nextval('atrium_seq') where id is null;

insert into tenant (id, mall_id, code, name, category, floor, unit, contract_start, contract_end, status,
                    created_at)
select t.id, m.id, t.code, t.zh || ' ' || t.en, t.category, t.floor, t.unit,
       date '2025-03-01' + t.ord * 11, date '2025-03-01' + t.ord * 11 + interval '3 years' - interval '1 day',
       'ACTIVE', now() - interval '200 days'
  from demo_cd_tenant t cross join mall m
 where m.code = 'CD'
 order by t.ord;

insert into ledger_account (id, kind, tenant_id)
select nextval('atrium_seq'), k.kind, t.id
  from demo_cd_tenant t cross join (values (1, 'TENANT_ISSUANCE'), (2, 'TENANT_REDEMPTION')) k (ord, kind)
 order by t.ord, k.ord;
update demo_cd_tenant t
   set issuance_account_id = a.id
  from ledger_account a
 where a.tenant_id = t.id and a.kind = 'TENANT_ISSUANCE';

-- machine keys: one POS per tenant (pos-<code>, secret demo-secret-<code>), the car park and WiFi
insert into api_client (key_id, kind, tenant_id, description, created_at)
select 'pos-' || lower(t.code), 'POS', t.id, t.zh || ' ' || t.en || ' POS', now() - interval '200 days'
  from demo_cd_tenant t
 order by t.ord;
insert into api_client (key_id, kind, mall_id, description, created_at)
select k.key_id, k.kind, m.id, k.description, now() - interval '200 days'
  from mall m
  cross join (values ('park-cd', 'CAR_PARK', '星汇天地停车场 Car park'),
                     ('wifi-cd', 'WIFI_CONTROLLER', '星汇天地 WiFi controller')) k (key_id, kind, description)
 where m.code = 'CD';
insert into api_client_secret (key_id, secret_no, secret, created_at)
select c.key_id, 1,
       case when c.kind = 'POS' then 'demo-secret-' || substr(c.key_id, 5) else 'demo-secret-' || c.key_id end,
       c.created_at
  from api_client c
 where c.key_id in (select 'pos-' || lower(code) from demo_cd_tenant) or c.key_id in ('park-cd', 'wifi-cd');

-- CD's marketing manager sees and changes only CD (password Atrium#2026, as V1's logins)
insert into app_user (id, username, password_hash, display_name, mall_id, created_at)
select nextval('atrium_seq'), 'marketing-cd',
       'PBKDF2WithHmacSHA256:600000:B9X1jeNoc3ionbGPJwWhBeVxGRVPrtJ2pEcBI8tgJcg=:ZPowlHvGw3HAnrH/82A39to7BIChmk0WGGJZEMhkjXo=',
       '星汇天地市场部 Chengdu Marketing', m.id, now() - interval '200 days'
  from mall m
 where m.code = 'CD';
insert into app_user_role (user_id, role)
select id, 'OPERATOR_MARKETING' from app_user where username = 'marketing-cd';

-- sales: ~3,000 over the last 120 days and a few today, by the 800 most frequent XH shoppers ------
create temp table demo_cd_draw as
with shoppers as (
    select m.id as member_id, a.id as account_id, m.registered_at,
           row_number() over (order by m.id) as n
      from member m join ledger_account a on a.member_id = m.id and a.kind = 'MEMBER'
     order by m.id
     limit 800
), draws as (
    select g, random() rm, random() rt, random() ra, random() rd, random() rh, 'main' as batch
      from generate_series(1, 3000) as g
    union all
    select g, random(), random(), random(), random(), random(), 'today'
      from generate_series(1, 30) as g
), today as (
    select (date_trunc('day', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai') as start
), placed as (
    select d.*, s.member_id, s.account_id, t.id as tenant_id, t.code, t.issuance_account_id, t.multiplier,
           round(exp(ln(t.min_amount) + d.ra * (ln(t.max_amount) - ln(t.min_amount)))::numeric, 1) as amount,
           case when d.batch = 'today'
                then greatest(y.start + case when now() > y.start + interval '10 hours'
                                             then interval '10 hours' else interval '0' end,
                              s.registered_at)
                else greatest(now() - interval '120 days', s.registered_at) end as lo
      from draws d
      join shoppers s on s.n = 1 + floor(power(d.rm, 1.4) * 800)::int
      join demo_cd_tenant t on d.rt * 100 >= t.lo and d.rt * 100 < t.hi
      cross join today y
)
select p.*,
       case when p.batch = 'today'
            then p.lo + (now() - p.lo) * p.rd
            else least(greatest(o.at - case when o.at > now() then interval '1 day' else interval '0' end,
                                p.lo),
                       now()) end as occurred_at
  from placed p
  cross join lateral (
      select (date_trunc('day', (p.lo + (now() - p.lo) * p.rd) at time zone 'Asia/Shanghai')
                 + interval '10 hours' + interval '12 hours' * p.rh) at time zone 'Asia/Shanghai' as at) o;

create temp table demo_cd_sale as
select d.*,
       floor(d.amount)::bigint as base_points,
       floor(d.amount * d.multiplier)::bigint as points,
       d.code || '-' || to_char(d.occurred_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || '-'
           || lpad((row_number() over (partition by d.tenant_id order by d.occurred_at, d.batch, d.g))::text,
                   6, '0') as receipt,
       nextval('atrium_seq') as sale_id, nextval('atrium_seq') as entry_id,
       nextval('atrium_seq') as member_line_id, nextval('atrium_seq') as tenant_line_id,
       nextval('atrium_seq') as lot_id
  from demo_cd_draw d;

insert into journal_entry (id, kind, occurred_at, recorded_at, member_id, tenant_id, description)
select entry_id, 'EARN', occurred_at, occurred_at, member_id, tenant_id, 'Sale ' || receipt
  from demo_cd_sale order by occurred_at;

insert into journal_line (id, entry_id, account_id, points)
select member_line_id, entry_id, account_id, points from demo_cd_sale
union all
select tenant_line_id, entry_id, issuance_account_id, -points from demo_cd_sale;

insert into points_lot (id, member_account_id, issuer_account_id, mall_id, credit_entry_id,
                        points_earned, points_remaining, earned_at, expires_at)
select lot_id, account_id, issuance_account_id, (select t.mall_id from tenant t where t.id = demo_cd_sale.tenant_id),
       entry_id, points, points, occurred_at,
       make_timestamptz(extract(year from occurred_at at time zone 'Asia/Shanghai')::int + 2, 1, 1, 0, 0, 0,
                        'Asia/Shanghai')
  from demo_cd_sale order by occurred_at;

-- tier_code and birthday_month (V15): the member's tier and birthday month as the sale finds them
insert into sale (id, tenant_id, mall_id, member_id, receipt_number, amount, occurred_at, points,
                  tier_code, birthday_month,
                  explanation, journal_entry_id, channel, request_hash, idempotency_key, recorded_by,
                  recorded_at)
select sale_id, tenant_id, (select t.mall_id from tenant t where t.id = demo_cd_sale.tenant_id), member_id, receipt,
       amount, occurred_at, points,
       (select m.tier from member m where m.id = demo_cd_sale.member_id),
       coalesce((select extract(month from m.birthday)
                        = extract(month from (demo_cd_sale.occurred_at at time zone z.zone_id))
                   from member m, tenant t, mall z
                  where m.id = demo_cd_sale.member_id and t.id = demo_cd_sale.tenant_id and z.id = t.mall_id), false),
       '{"rules":[{"rule":"BASE_RATE","points":' || base_points || '}'
           || case when multiplier <> 1
                   then ',{"rule":"TENANT_MULTIPLIER","multiplier":"' || trim_scale(multiplier)::text
                        || '","points":' || (points - base_points) || '}'
                   else '' end
           || '],"total":' || points || '}',
       entry_id, 'DEMO', 'demo', null, 'demo', occurred_at
  from demo_cd_sale order by occurred_at;

update ledger_account a
   set balance = a.balance + s.total
  from (select account_id, sum(points) as total from demo_cd_sale group by account_id) s
 where a.id = s.account_id;

-- the balance right after each sale, now over both malls' sales of these members
update sale s
   set balance_after = r.running
  from (select id, sum(points) over (partition by member_id order by occurred_at, id) as running
          from sale
         where member_id in (select member_id from demo_cd_sale)) r
 where s.id = r.id;

drop table demo_cd_sale;
drop table demo_cd_draw;
drop table demo_cd_tenant;

analyze tenant;
analyze journal_entry;
analyze journal_line;
analyze points_lot;
analyze sale;
