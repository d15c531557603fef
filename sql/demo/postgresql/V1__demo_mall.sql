-- Demo data set of the quick start: the mall Star Harbour (XH), its 30 tenants with their ledger
-- accounts and POS keys, the six demo logins, ~2,000 members and ~120 days of sales through them.
--
-- Applied only when atrium.demo.seed=true, after the schema migrations, with its own history table
-- (demo_seed_history), so it runs once per database. Set-based and seeded (setseed) so that it takes
-- seconds and produces the same shape every time; dates are relative to now(), so the dashboard
-- always has recent sales, including today's.
--
-- Every sale is booked exactly as the earning service books one (SaleBook, LedgerService,
-- EarningRules): an EARN journal entry with two lines that sum to zero, one points lot expiring at
-- the end of the calendar year after earning, the explanation in EarningRules' shape, and the
-- member's stored balance equal to the sum of its lines and of its open lots.

set local max_parallel_workers_per_gather = 0;  -- random() must run in this backend to be repeatable
do $$ begin perform setseed(0.2026); end $$;

create function pg_temp.luhn_digit(body text) returns int language sql immutable as $$
    select ((10 - sum(case when d > 9 then d - 9 else d end) % 10) % 10)::int
      from (select case when (length(body) - i) % 2 = 0
                        then substr(body, i, 1)::int * 2
                        else substr(body, i, 1)::int end as d
              from generate_series(1, length(body)) as i) as digits
$$;

create function pg_temp.card_number(member_id bigint) returns text language sql immutable as $$
    select '88' || lpad(member_id::text, 9, '0') || pg_temp.luhn_digit('88' || lpad(member_id::text, 9, '0'))
$$;

-- the mall -------------------------------------------------------------------------------------
insert into mall (id, code, name, zone_id, created_at)
values (nextval('atrium_seq'), 'XH', '星汇广场 Star Harbour Mall', 'Asia/Shanghai', now() - interval '400 days');

-- tenants: code, names, category, unit, and what the demo needs to invent sales for them --------
-- weight: relative number of sales; min/max: the range of a ticket in CNY (drawn log-uniform);
-- multiplier: the tenant's earn multiplier as tenant-config sets it (category default or override).
create temp table demo_tenant (
    ord int, code text, zh text, en text, category text, floor text, unit text,
    weight numeric, min_amount numeric, max_amount numeric, multiplier numeric(3, 1),
    id bigint, issuance_account_id bigint, lo numeric, hi numeric
);
insert into demo_tenant (ord, code, zh, en, category, floor, unit, weight, min_amount, max_amount)
values ( 1, 'FB001', '星巴克', 'Starbucks', 'FOOD_BEVERAGE', 'L1', '101', 12, 30, 80),
       ( 2, 'FB002', '海底捞', 'Haidilao', 'FOOD_BEVERAGE', 'L5', '501', 5, 200, 600),
       ( 3, 'FB003', '喜茶', 'HEYTEA', 'FOOD_BEVERAGE', 'B1', 'B12', 10, 19, 60),
       ( 4, 'FB004', '麦当劳', 'McDonald''s', 'FOOD_BEVERAGE', 'L1', '112', 9, 25, 120),
       ( 5, 'FB005', '鼎泰丰', 'Din Tai Fung', 'FOOD_BEVERAGE', 'L5', '508', 4, 150, 500),
       ( 6, 'FB006', '奈雪的茶', 'Nayuki', 'FOOD_BEVERAGE', 'B1', 'B20', 8, 20, 60),
       ( 7, 'FA001', '优衣库', 'UNIQLO', 'FASHION', 'L2', '201', 5, 99, 800),
       ( 8, 'FA002', 'ZARA', null, 'FASHION', 'L2', '210', 4, 150, 1500),
       ( 9, 'FA003', 'H&M', null, 'FASHION', 'L2', '220', 4, 99, 900),
       (10, 'FA004', 'COS', null, 'FASHION', 'L3', '301', 2, 300, 2500),
       (11, 'FA005', '太平鸟', 'Peacebird', 'FASHION', 'L3', '312', 2, 150, 1500),
       (12, 'CI001', '万达影城', 'Wanda Cinema', 'CINEMA', 'L6', '601', 5, 45, 200),
       (13, 'CI002', 'IMAX 巨幕厅', 'IMAX Theatre', 'CINEMA', 'L6', '620', 2, 80, 300),
       (14, 'SM001', 'Ole'' 精品超市', 'Ole'' Supermarket', 'SUPERMARKET', 'B1', 'B01', 6, 60, 800),
       (15, 'SM002', '盒马鲜生', 'Freshippo', 'SUPERMARKET', 'B2', 'B201', 7, 40, 600),
       (16, 'KD001', '玩具反斗城', 'Toys"R"Us', 'KIDS', 'L4', '401', 2, 99, 1200),
       (17, 'KD002', '乐高', 'LEGO', 'KIDS', 'L4', '410', 2, 199, 2000),
       (18, 'KD003', '孩子王', 'Kidswant', 'KIDS', 'L4', '420', 2, 50, 800),
       (19, 'BE001', '丝芙兰', 'Sephora', 'BEAUTY', 'L1', '120', 3, 150, 2000),
       (20, 'BE002', '屈臣氏', 'Watsons', 'BEAUTY', 'B1', 'B30', 5, 30, 400),
       (21, 'BE003', '欧舒丹', 'L''Occitane', 'BEAUTY', 'L1', '130', 1.5, 150, 1200),
       (22, 'BE004', '完美日记', 'Perfect Diary', 'BEAUTY', 'L1', '135', 2, 59, 400),
       (23, 'SP001', '耐克', 'Nike', 'SPORTS', 'L3', '320', 2.5, 300, 2000),
       (24, 'SP002', '阿迪达斯', 'adidas', 'SPORTS', 'L3', '330', 2, 300, 1800),
       (25, 'SP003', '李宁', 'Li-Ning', 'SPORTS', 'L3', '340', 2, 200, 1500),
       (26, 'SP004', '迪卡侬', 'Decathlon', 'SPORTS', 'B2', 'B210', 3, 50, 1500),
       (27, 'EL001', 'Apple 零售店', 'Apple Store', 'ELECTRONICS', 'L1', '150', 1, 500, 9000),
       (28, 'EL002', '小米之家', 'Xiaomi Home', 'ELECTRONICS', 'L2', '250', 1.5, 100, 5000),
       (29, 'SV001', '周大福', 'Chow Tai Fook', 'SERVICES', 'L1', '160', 0.5, 800, 20000),
       (30, 'SV002', '乐刻健身', 'LeFit Gym', 'SERVICES', 'L4', '450', 1.5, 99, 1200);

update demo_tenant set multiplier = case category
    when 'FOOD_BEVERAGE' then 1.0 when 'FASHION' then 1.0 when 'CINEMA' then 1.5
    when 'SUPERMARKET' then 0.5 when 'KIDS' then 1.0 when 'BEAUTY' then 1.2
    when 'SPORTS' then 1.0 when 'ELECTRONICS' then 0.5 when 'SERVICES' then 1.0 end;
update demo_tenant set multiplier = 1.5 where code = 'FB001';
update demo_tenant set multiplier = 2.0 where code = 'BE001';

-- cumulative weights scaled to 100: a tenant owns [lo, hi), so random() * 100 picks a tenant
update demo_tenant t
   set lo = (c.running - t.weight) * 100 / c.total, hi = c.running * 100 / c.total
  from (select code, sum(weight) over (order by ord) as running, sum(weight) over () as total
          from demo_tenant) c
 where c.code = t.code;

update demo_tenant set id = nextval('atrium_seq') where id is null;

insert into tenant (id, mall_id, code, name, category, floor, unit, contract_start, contract_end, status,
                    created_at)
select t.id, m.id, t.code, case when t.en is null then t.zh else t.zh || ' ' || t.en end, t.category,
       t.floor, t.unit,
       date '2024-01-01' + (t.ord * 17) % 365,
       date '2024-01-01' + (t.ord * 17) % 365 + interval '3 years' - interval '1 day',
       'ACTIVE', now() - interval '400 days'
  from demo_tenant t cross join mall m
 where m.code = 'XH'
 order by t.ord;

-- tenant and operator ledger accounts (no stored balance: derived from their lines) -------------
insert into ledger_account (id, kind, tenant_id)
select nextval('atrium_seq'), k.kind, t.id
  from demo_tenant t cross join (values (1, 'TENANT_ISSUANCE'), (2, 'TENANT_REDEMPTION')) k (ord, kind)
 order by t.ord, k.ord;
insert into ledger_account (id, kind) values (nextval('atrium_seq'), 'OPERATOR_MARKETING');
insert into ledger_account (id, kind) values (nextval('atrium_seq'), 'BREAKAGE');

update demo_tenant t
   set issuance_account_id = a.id
  from ledger_account a
 where a.tenant_id = t.id and a.kind = 'TENANT_ISSUANCE';

-- demo logins (password Atrium#2026, PBKDF2WithHmacSHA256, 600000 iterations, 32-byte salt and key)
insert into app_user (id, username, password_hash, display_name, tenant_id, created_at)
select nextval('atrium_seq'), u.username, u.password_hash, u.display_name,
       (select id from tenant where code = u.tenant_code), now() - interval '400 days'
  from (values
    (1, 'admin', 'PBKDF2WithHmacSHA256:600000:v1TC+dxzmzy8JU1s4L2QuPO2oF6cq5WquYwK3tgNBFw=:3D02nsBywTbRomh4/0AsUFlbhLoh1KW6urYaOujhnco=', '系统管理员 Administrator', null),
    (2, 'marketing', 'PBKDF2WithHmacSHA256:600000:B9X1jeNoc3ionbGPJwWhBeVxGRVPrtJ2pEcBI8tgJcg=:ZPowlHvGw3HAnrH/82A39to7BIChmk0WGGJZEMhkjXo=', '市场部 Marketing', null),
    (3, 'finance', 'PBKDF2WithHmacSHA256:600000:Pv+rcb58IU9U6e6FqkOV9hBY9WgGXn9V/L2RYYNVs48=:YQiihJAT9GOASf3KlBupIpXam88DD6LknqIr8jU+JC4=', '财务部 Finance', null),
    (4, 'service', 'PBKDF2WithHmacSHA256:600000:UOmPw/q/CLE5dsMYXO7uZc/ZFQL77KCLkxhxaSGxNeQ=:thOsiPexxU5GHTSNBNDAVHTywfIx2KvLUX56Zq2/KrE=', '客服中心 Customer Service', null),
    (5, 'fb001', 'PBKDF2WithHmacSHA256:600000:eE5ANzSrCachz3ft01qvrD9R4BE300FV4znKi6DwZMA=:3FOl/O1jdaostvNDYPZJ63Rd5NMVsjiWCngmoF44hnc=', '星巴克店员 Starbucks Assistant', 'FB001'),
    (6, 'fa001', 'PBKDF2WithHmacSHA256:600000:RIC3fqTM/AJYdq9tdB1LAmxbgzyMJyFmkc0okMh7qvg=:FqQRWjGPAOk8Iw8bq0EpIbovdk7mxM6fhu8OA4Jl6p0=', '优衣库店员 UNIQLO Assistant', 'FA001')
  ) u (ord, username, password_hash, display_name, tenant_code)
 order by u.ord;

insert into app_user_role (user_id, role)
select u.id, r.role
  from app_user u
  join (values ('admin', 'OPERATOR_ADMIN'), ('marketing', 'OPERATOR_MARKETING'),
               ('finance', 'OPERATOR_FINANCE'), ('service', 'OPERATOR_SERVICE'),
               ('fb001', 'MERCHANT_ASSISTANT'), ('fa001', 'MERCHANT_ASSISTANT')) r (username, role)
    on r.username = u.username;

-- one POS key per tenant: key id pos-<code>, secret demo-secret-<code>
insert into api_client (key_id, kind, tenant_id, description, created_at)
select 'pos-' || lower(t.code), 'POS', t.id, t.zh || ' ' || t.en || ' POS', now() - interval '400 days'
  from demo_tenant t
 order by t.ord;

-- the mall's car park and WiFi controller, and one partner: secret demo-secret-<key id>
insert into api_client (key_id, kind, mall_id, partner_code, description, created_at)
select k.key_id, k.kind, case when k.kind = 'PARTNER' then null else m.id end,
       case when k.kind = 'PARTNER' then 'DEMOBANK' end, k.description, now() - interval '400 days'
  from mall m
  cross join (values ('park-xh', 'CAR_PARK', '星汇广场停车场 Car park'),
                     ('wifi-xh', 'WIFI_CONTROLLER', '星汇广场 WiFi controller'),
                     ('partner-demobank', 'PARTNER', '演示银行 Demo Bank')) k (key_id, kind, description)
 where m.code = 'XH';

insert into api_client_secret (key_id, secret_no, secret, created_at)
select key_id, 1,
       case when kind = 'POS' then 'demo-secret-' || substr(key_id, 5) else 'demo-secret-' || key_id end,
       created_at
  from api_client;

-- members ----------------------------------------------------------------------------------------
-- Phones: a prefix plus g * 48271 + c mod 10^8, injective in g (48271 is prime to 10^8), so unique.
create temp table demo_member as
select g as n, r1, r2, r3, r4, r5, r6, r7, r8, r9,
       now() - interval '180 days' * r1 as registered_at
  from (select g, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6,
               random() r7, random() r8, random() r9
          from generate_series(1, 2000) as g) x;
alter table demo_member add column id bigint, add column account_id bigint;
update demo_member set id = nextval('atrium_seq') where id is null;

insert into member (id, phone, card_number, name, birthday, language, tier, status, terms_accepted_at,
                    marketing_consent, registered_at, registered_by_tenant_id)
select m.id,
       (array['139', '158', '186', '138', '137', '150', '188', '135'])[1 + (m.n % 8)]
           || lpad(((m.n * 48271 + 31415926) % 100000000)::text, 8, '0'),
       pg_temp.card_number(m.id),
       (array['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡',
              '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹',
              '彭', '曾', '肖', '田', '董', '袁', '潘', '蒋', '蔡', '余', '杜', '叶', '程', '苏', '魏',
              '吕', '丁', '沈', '欧阳', '上官'])[1 + floor(m.r2 * 50)::int]
         || (array['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰',
                   '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '子涵', '欣怡', '梓萱',
                   '浩宇', '宇轩', '雨桐', '思远', '一诺', '嘉怡', '俊杰', '晨', '悦', '佳琪', '博文',
                   '婷', '雪', '玲', '鹏', '华', '辉', '文静', '志强', '建华', '晓燕', '海燕', '诗涵',
                   '梓涵', '子轩', '若曦', '天佑', '家豪', '美玲', '丹', '琳', '凯', '睿', '昊然'])
            [1 + floor(m.r3 * 60)::int],
       date '1958-01-01' + floor(m.r4 * 16800)::int,
       case when m.r5 < 0.12 then 'en' else 'zh' end,
       case when m.r6 < 0.01 then 'DIAMOND' when m.r6 < 0.05 then 'GOLD' when m.r6 < 0.15 then 'SILVER'
            else 'STANDARD' end,
       'ACTIVE',
       m.registered_at,
       m.r7 < 0.6,
       m.registered_at,
       case when m.r8 < 0.7 then (select t.id from demo_tenant t
                                    where m.r9 * 100 >= t.lo and m.r9 * 100 < t.hi) end
  from demo_member m
 order by m.n;

update demo_member set account_id = nextval('atrium_seq') where account_id is null;
insert into ledger_account (id, kind, member_id)
select m.account_id, 'MEMBER', m.id from demo_member m order by m.n;

-- sales --------------------------------------------------------------------------------------------
-- ~16,000 sales over the last 120 days, each after its member registered, during opening hours
-- (10:00-22:00 in the mall zone), and a batch today so that today's figures are never empty.
-- Frequent shoppers: the member is drawn with a skew towards low n.
create temp table demo_draw as
with draws as (
    select g, random() rm, random() rt, random() ra, random() rd, random() rh, 'main' as batch
      from generate_series(1, 16000) as g
    union all
    select g, random(), random(), random(), random(), random(), 'today'
      from generate_series(1, 160) as g
), today as (
    select (date_trunc('day', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai') as start
), placed as (
    select d.*, m.id as member_id, m.account_id, m.registered_at,
           t.id as tenant_id, t.code, t.issuance_account_id, t.multiplier,
           round(exp(ln(t.min_amount) + d.ra * (ln(t.max_amount) - ln(t.min_amount)))::numeric, 1) as amount,
           case when d.batch = 'today'
                then greatest(y.start + case when now() > y.start + interval '10 hours'
                                             then interval '10 hours' else interval '0' end,
                              m.registered_at)
                else greatest(now() - interval '120 days', m.registered_at) end as lo,
           y.start as today_start
      from draws d
      join demo_member m
        on m.n = 1 + floor(power(d.rm, 1.6) * 2000)::int
      join demo_tenant t
        on d.rt * 100 >= t.lo and d.rt * 100 < t.hi
      cross join today y
)
select p.*,
       case when p.batch = 'today'
            then p.lo + (now() - p.lo) * p.rd
            else least(greatest(
                    -- a time of day later than now moves to the day before
                    o.at - case when o.at > now() then interval '1 day' else interval '0' end,
                    p.lo),
                 now()) end as occurred_at
  from placed p
  cross join lateral (
      select (date_trunc('day', (p.lo + (now() - p.lo) * p.rd) at time zone 'Asia/Shanghai')
                 + interval '10 hours' + interval '12 hours' * p.rh) at time zone 'Asia/Shanghai' as at) o;

-- points, receipt numbers (unique per tenant, in time order) and five ids per sale, one nextval
-- per row, computed in one pass: updating 16,000 rows five times costs more than the inserts
create temp table demo_sale as
select d.*,
       floor(d.amount * 1)::bigint as base_points,
       floor(d.amount * 1 * d.multiplier)::bigint as points,
       d.code || '-' || to_char(d.occurred_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || '-'
           || lpad((row_number() over (partition by d.tenant_id order by d.occurred_at, d.batch, d.g))::text,
                   6, '0') as receipt,
       nextval('atrium_seq') as sale_id, nextval('atrium_seq') as entry_id,
       nextval('atrium_seq') as member_line_id, nextval('atrium_seq') as tenant_line_id,
       nextval('atrium_seq') as lot_id
  from demo_draw d;

insert into journal_entry (id, kind, occurred_at, recorded_at, member_id, tenant_id, description)
select entry_id, 'EARN', occurred_at, occurred_at, member_id, tenant_id, 'Sale ' || receipt
  from demo_sale order by occurred_at;

insert into journal_line (id, entry_id, account_id, points)
select member_line_id, entry_id, account_id, points from demo_sale
union all
select tenant_line_id, entry_id, issuance_account_id, -points from demo_sale;

-- a lot expires at the first instant of 1 January of the year after next in the mall zone
insert into points_lot (id, member_account_id, issuer_account_id, mall_id, credit_entry_id,
                        points_earned, points_remaining, earned_at, expires_at)
select lot_id, account_id, issuance_account_id, (select t.mall_id from tenant t where t.id = demo_sale.tenant_id),
       entry_id, points, points, occurred_at,
       make_timestamptz(extract(year from occurred_at at time zone 'Asia/Shanghai')::int + 2, 1, 1, 0, 0, 0,
                        'Asia/Shanghai')
  from demo_sale order by occurred_at;

-- tier_code and birthday_month (V15): the member's tier and birthday month as the sale finds them
insert into sale (id, tenant_id, mall_id, member_id, receipt_number, amount, occurred_at, points,
                  tier_code, birthday_month,
                  explanation, journal_entry_id, channel, request_hash, idempotency_key, recorded_by,
                  recorded_at)
select sale_id, tenant_id, (select t.mall_id from tenant t where t.id = demo_sale.tenant_id), member_id, receipt,
       amount, occurred_at, points,
       (select m.tier from member m where m.id = demo_sale.member_id),
       coalesce((select extract(month from m.birthday)
                        = extract(month from (demo_sale.occurred_at at time zone z.zone_id))
                   from member m, tenant t, mall z
                  where m.id = demo_sale.member_id and t.id = demo_sale.tenant_id and z.id = t.mall_id), false),
       '{"rules":[{"rule":"BASE_RATE","points":' || base_points || '}'
           || case when multiplier <> 1
                   then ',{"rule":"TENANT_MULTIPLIER","multiplier":"' || trim_scale(multiplier)::text
                        || '","points":' || (points - base_points) || '}'
                   else '' end
           || '],"total":' || points || '}',
       entry_id, 'DEMO', 'demo', null, 'demo', occurred_at
  from demo_sale order by occurred_at;

-- member balances = the sum of their lines (= the sum of their open lots)
update ledger_account a
   set balance = s.total
  from (select account_id, sum(points) as total from demo_sale group by account_id) s
 where a.id = s.account_id;

-- V2 gave sale the member's balance right after it (a replayed POS post answers with it); the seed
-- fills it where the column exists, so that it also runs on a schema before V2
do $$
begin
    if exists (select 1 from information_schema.columns
                where table_schema = current_schema() and table_name = 'sale'
                  and column_name = 'balance_after') then
        execute 'update sale s set balance_after = r.running
                   from (select sale_id, sum(points) over (partition by member_id
                                                           order by occurred_at, sale_id) as running
                           from demo_sale) r
                  where s.id = r.sale_id';
    end if;
end
$$;

-- the temporary objects live on this pooled connection otherwise
drop table demo_sale;
drop table demo_draw;
drop table demo_member;
drop table demo_tenant;
drop function pg_temp.card_number(bigint);
drop function pg_temp.luhn_digit(text);

analyze mall;
analyze tenant;
analyze member;
analyze ledger_account;
analyze journal_entry;
analyze journal_line;
analyze points_lot;
analyze sale;
