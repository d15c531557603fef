-- A year (:days days) of one mall at :per_day sales a day, for bench/dashboard: 30 tenants over the
-- ten categories, :members members registered over the year (four in five at a till), and per day's
-- sales, redemptions (10 %), expiries (3 %), refunds reversing a sale (2 %) and operator grants
-- (1 %) in balanced journal entries, in the shape the dashboard reads (bench/README.md,
-- "Dashboard"). Lots and balances are left out: the dashboard reads neither. Reproducible
-- (setseed). The days end today in Asia/Shanghai, so the presets find them.
select setseed(0.12);

insert into mall (id, code, name, zone_id, created_at)
values (1, 'BD', 'Dashboard bench mall', 'Asia/Shanghai', now() - interval '400 days');

insert into tenant (id, mall_id, code, name, category, status, created_at)
select 100 + i, 1, 'BD' || lpad(i::text, 3, '0'), 'Bench store ' || i,
       (array['FOOD_BEVERAGE', 'FASHION', 'CINEMA', 'SUPERMARKET', 'KIDS', 'BEAUTY', 'SPORTS',
              'ELECTRONICS', 'SERVICES', 'OTHER'])[1 + i % 10],
       'ACTIVE', now() - interval '400 days'
  from generate_series(0, 29) as i;

insert into ledger_account (id, kind, balance, version) values (1000, 'BREAKAGE', 0, 0);
insert into ledger_account (id, kind, balance, version) values (1001, 'OPERATOR_MARKETING', 0, 0);
insert into ledger_account (id, kind, tenant_id, balance, version)
select 2000 + i, 'TENANT_ISSUANCE', 100 + i, 0, 0 from generate_series(0, 29) as i
union all
select 3000 + i, 'TENANT_REDEMPTION', 100 + i, 0, 0 from generate_series(0, 29) as i;

insert into member (id, phone, card_number, name, tier, status, terms_accepted_at, registered_at,
                    registered_by_tenant_id)
select 1000000 + n, '198' || lpad(n::text, 8, '0'), '87' || lpad(n::text, 10, '0'), 'Bench ' || n,
       'BASIC', 'ACTIVE', at, at, case when random() < 0.8 then 100 + floor(random() * 30)::int end
  from (select n, now() - random() * (:days * interval '1 day') as at
          from generate_series(1, :members) as n) r;
insert into ledger_account (id, kind, member_id, balance, version)
select 1000000 + id, 'MEMBER', id, 0, 0 from member where id >= 1000000;

-- sales: EARN entries, tenant issuance -> member
create temp table bench_sale as
select n, 100 + floor(random() * 30)::int as tenant_id,
       1000000 + 1 + floor(random() * :members)::int as member_id,
       (date_trunc('day', now() at time zone 'Asia/Shanghai') - ((n - 1) / :per_day) * interval '1 day'
         + interval '10 hours' + random() * interval '12 hours') at time zone 'Asia/Shanghai' as at,
       round((20 + random() * 980)::numeric, 2) as amount
  from generate_series(1, :days * :per_day) as n;
insert into journal_entry (id, kind, occurred_at, recorded_at, member_id, tenant_id, description)
select 10000000 + n, 'EARN', at, at, member_id, tenant_id, 'Sale BENCH-' || n from bench_sale;
insert into journal_line (id, entry_id, account_id, points)
select 100000000 + 2 * n, 10000000 + n, 1000000 + member_id, floor(amount) from bench_sale
union all
select 100000001 + 2 * n, 10000000 + n, 1900 + tenant_id, -floor(amount) from bench_sale;
insert into sale (id, tenant_id, member_id, receipt_number, amount, occurred_at, points, explanation,
                  journal_entry_id, channel, request_hash, recorded_by, recorded_at, mall_id,
                  tier_code, birthday_month)
select n, tenant_id, member_id, 'BENCH-' || n, amount, at, floor(amount), '{}', 10000000 + n, 'DEMO',
       'bench', 'bench', at, 1, 'BASIC', false
  from bench_sale;

-- redemptions at a tenant (member -> tenant redemption), expiries (member -> breakage, at the
-- issuer), refunds (a reversal of a sale's entry, a day later), grants (operator -> member)
create temp table bench_move as
select k.kind, m, 100 + floor(random() * 30)::int as tenant_id,
       1000000 + 1 + floor(random() * :members)::int as member_id,
       (date_trunc('day', now() at time zone 'Asia/Shanghai') - floor(random() * :days) * interval '1 day'
         + interval '10 hours' + random() * interval '12 hours') at time zone 'Asia/Shanghai' as at,
       (50 + floor(random() * 950))::bigint as points
  from (values ('REDEEM', 0.10, 30000000), ('EXPIRE', 0.03, 40000000), ('GRANT', 0.01, 60000000))
         as k (kind, share, base)
 cross join lateral generate_series(1, ceil(k.share * :days * :per_day)::int) as m;
insert into journal_entry (id, kind, occurred_at, recorded_at, member_id, tenant_id, description)
select case kind when 'REDEEM' then 30000000 when 'EXPIRE' then 40000000 else 60000000 end + m,
       kind, at, at, member_id, case when kind <> 'GRANT' then tenant_id end, kind || ' ' || m
  from bench_move;
insert into journal_line (id, entry_id, account_id, points)
select 300000000 + 2 * row_number() over (), e, member_account, sign_member * points
  from (select case kind when 'REDEEM' then 30000000 when 'EXPIRE' then 40000000 else 60000000 end + m as e,
               1000000 + member_id as member_account, case when kind = 'GRANT' then 1 else -1 end as sign_member,
               points, kind, tenant_id
          from bench_move) x
union all
select 300000001 + 2 * row_number() over (), e,
       case kind when 'REDEEM' then 2900 + tenant_id when 'EXPIRE' then 1000 else 1001 end,
       -sign_member * points
  from (select case kind when 'REDEEM' then 30000000 when 'EXPIRE' then 40000000 else 60000000 end + m as e,
               case when kind = 'GRANT' then 1 else -1 end as sign_member, points, kind, tenant_id
          from bench_move) y;
insert into journal_entry (id, kind, occurred_at, recorded_at, member_id, tenant_id, description,
                           reverses_entry_id)
select 50000000 + s.n, 'REVERSAL', s.at + interval '1 day', s.at + interval '1 day', s.member_id,
       s.tenant_id, 'Refund BENCH-' || s.n, 10000000 + s.n
  from bench_sale s where s.n % 50 = 7;
insert into journal_line (id, entry_id, account_id, points)
select 500000000 + 2 * n, 50000000 + n, 1000000 + member_id, -floor(amount) from bench_sale where n % 50 = 7
union all
select 500000001 + 2 * n, 50000000 + n, 1900 + tenant_id, floor(amount) from bench_sale where n % 50 = 7;

analyze;
