-- One month of one mall for bench/clearing, set-based (no row loops): a mall BM with 300 tenants,
-- their TENANT_ISSUANCE and TENANT_REDEMPTION accounts and clearing terms, :members members with
-- their MEMBER accounts, and exactly :lines journal lines booked in [:'from', :'to').
--
-- Entry i (1..E) is of a kind by i % 100: 0-69 EARN at a tenant (about one in five of them with an
-- operator bonus line: 3 lines), 70-87 REDEEM at a tenant, 88-92 REVERSAL of an earlier EARN of its
-- block (a refund taking back 10-100 % of its points), 93-94 REVERSAL of an earlier REDEEM of its
-- block (a cancellation), 95-97 EXPIRE of a lot earned a year earlier (its EARN entry is booked a
-- year before the month, outside it), 98-99 GRANT by the operator. Tenants are skewed (tenant 0 takes
-- about 6 % of the activity, like an anchor store); members are uniform. Entries are booked evenly
-- over the month, in id order, so a reversal is booked after what it reverses.
--
-- Ledger invariants kept: every entry's lines sum to zero; a member account's balance is the sum of
-- its lines; every EARN (and bonus) opens a lot and every EXPIRE consumes the whole lot it expires
-- (lot_consumption), which is all the calculator reads of lots. Not generated: the lot consumptions of
-- redemptions and refunds (so the ledger check's lot rules would not hold; bench/clearing disables the
-- scheduled check and the expiry job).
--
-- Ids are fixed offsets from 10^12 (atrium_seq is far below), so the script needs no sequence.
-- Foreign keys are not checked while loading (session_replication_role = replica: the load writes
-- 25 million rows, each checked FK would be a deferred trigger event held in memory); bench/clearing
-- checks the references and the sums afterwards.
\set ON_ERROR_STOP on
\set B 1000000000000
set session_replication_role = replica;
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';

create temp table bench_plan as
with l as (select (:lines)::bigint as lines),
     b0 as (select lines, round(lines * 0.07)::bigint as b from l),
     b1 as (select lines, b + ((lines - b) % 2) as b from b0)
select lines, b as bonus, (lines - b) / 2 as entries,
       timestamptz :'from' as t0, timestamptz :'to' as t1,
       (timestamptz :'to' - timestamptz :'from') as span
  from b1;

-- the mall, its tenants, accounts and terms -----------------------------------------------------
insert into mall (id, code, name, zone_id, created_at)
values (:B, 'BM', 'Bench Mall 基准广场', 'Asia/Shanghai', timestamptz :'from' - interval '2 years');

insert into tenant (id, mall_id, code, name, category, floor, unit, status, created_at)
select :B + 1000 + t, :B, 'BM' || lpad(t::text, 3, '0'), 'Bench tenant ' || t,
       (array['FOOD_BEVERAGE', 'FASHION', 'CINEMA', 'SUPERMARKET', 'KIDS', 'BEAUTY'])[1 + t % 6],
       'L' || (1 + t % 6), (100 + t)::text, 'ACTIVE', timestamptz :'from' - interval '2 years'
  from generate_series(0, 299) t;

insert into ledger_account (id, kind, tenant_id)
select :B + 10000 + t, 'TENANT_ISSUANCE', :B + 1000 + t from generate_series(0, 299) t
union all
select :B + 20000 + t, 'TENANT_REDEMPTION', :B + 1000 + t from generate_series(0, 299) t;

-- version 1 from before anything; one tenant in ten gets version 2 on the 8th, 16th or 24th (three
-- cut instants, so the month has four rate stretches); one in twenty is prepaid
insert into clearing_terms (id, tenant_id, version, effective_from, cost_per_point, reimbursement_per_point,
                            clearing_fee_percent, settlement_mode, note, created_by, created_at)
select :B + 30000 + t * 10 + 1, :B + 1000 + t, 1, timestamptz '2000-01-01 00:00:00Z',
       0.0100 + (t % 5) * 0.0005, 0.0090 + (t % 4) * 0.0005, (t % 3) * 0.50,
       case when t % 20 = 7 then 'PREPAID' else 'POSTPAID' end, 'bench', 'bench', timestamptz '2000-01-01 00:00:00Z'
  from generate_series(0, 299) t
union all
select :B + 30000 + t * 10 + 2, :B + 1000 + t, 2,
       timestamptz :'from' + interval '1 day' * (case t % 30 when 3 then 7 when 13 then 15 else 23 end),
       0.0110 + (t % 5) * 0.0005, 0.0095 + (t % 4) * 0.0005, (t % 3) * 0.50,
       case when t % 20 = 7 then 'PREPAID' else 'POSTPAID' end, 'bench rate change', 'bench',
       timestamptz :'from' - interval '1 day'
  from generate_series(0, 299) t where t % 10 = 3;

-- members ------------------------------------------------------------------------------------------
insert into member (id, phone, card_number, name, language, tier, status, terms_accepted_at,
                    marketing_consent, registered_at)
select :B * 10 + n, '198' || lpad(n::text, 8, '0'), '87' || lpad(n::text, 10, '0'), 'Bench member ' || n,
       'zh', 'STANDARD', 'ACTIVE', timestamptz :'from' - interval '2 years', false,
       timestamptz :'from' - interval '2 years'
  from generate_series(1, :members) n;

insert into ledger_account (id, kind, member_id)
select :B * 10 + 5000000 + n, 'MEMBER', :B * 10 + n from generate_series(1, :members) n;

-- the operator's accounts (one per kind; the demo seed opens them, this only fills a gap)
insert into ledger_account (id, kind)
select :B + 90000 + k.o, k.kind from (values (1, 'OPERATOR_MARKETING'), (2, 'BREAKAGE')) k (o, kind)
 where not exists (select 1 from ledger_account a where a.kind = k.kind and a.member_id is null
                     and a.tenant_id is null and a.partner_code is null);
select max(id) filter (where kind = 'OPERATOR_MARKETING') as marketing, max(id) filter (where kind = 'BREAKAGE') as breakage
  from ledger_account where kind in ('OPERATOR_MARKETING', 'BREAKAGE') and member_id is null
   and tenant_id is null and partner_code is null \gset

-- the entries: one row per entry with everything its lines need ------------------------------------
create temp table e as
with g as (
  select i, i % 100 as k,
         -- hashes in [0, 1) and their uses; reversals take tenant, member and points of their original
         ((hashint8extended(i, 1) & 2147483647) / 2147483648.0) as u1,
         ((hashint8extended(i, 2) & 2147483647) / 2147483648.0) as u2,
         ((hashint8extended(i, 3) & 2147483647) / 2147483648.0) as u3
    from generate_series(1, (select entries from bench_plan)) i
), o as (
  select g.*, case when k between 88 and 92 then i - k + (k - 88)
                   when k between 93 and 94 then i - k + 70 + (k - 93) end as orig
    from g
), src as (
  -- attributes of an entry's source (itself, or the entry it reverses): tenant skewed, member uniform
  select o.*, coalesce(orig, i) as s,
         ((hashint8extended(coalesce(orig, i), 4) & 2147483647) / 2147483648.0) as su,
         ((hashint8extended(coalesce(orig, i), 5) & 2147483647) / 2147483648.0) as sm,
         ((hashint8extended(coalesce(orig, i), 6) & 2147483647) / 2147483648.0) as sp
    from o
)
select i, k, orig,
       case when k < 70 then 'EARN' when k < 88 then 'REDEEM' when k < 95 then 'REVERSAL'
            when k < 98 then 'EXPIRE' else 'GRANT' end as kind,
       least(299, floor(300 * su * su))::int as t,
       1 + floor(sm * :members)::bigint as m,
       -- points: an earn 20-1999, a redemption 100-2999, a refund 10-100 % of its earn, a
       -- cancellation all of its redemption, an expiry 1-800, a grant 50-549
       case when k < 70 then 20 + floor(sp * 1980)::bigint
            when k < 88 then 100 + floor(sp * 2900)::bigint
            when k < 93 then greatest(1, ((20 + floor(sp * 1980)::bigint) * (1 + floor(u3 * 10)::int)) / 10)
            when k < 95 then 100 + floor(sp * 2900)::bigint
            when k < 98 then 1 + floor(u3 * 800)::bigint
            else 50 + floor(u3 * 500)::bigint end as points,
       (select t0 from bench_plan) + (select span from bench_plan) * ((i - 1 + u1) / (select entries from bench_plan)) as at
  from src;

-- bonus lines: exactly :bonus EARN entries (buckets 1-69, spread evenly over the month) get an
-- operator campaign line; candidate c is entry (c / 69) * 100 + 1 + c % 69
create temp table bonus as
with p as (select entries, bonus, (entries / 100) * 69 + least(entries % 100, 69) as cand from bench_plan)
select (c / 69) * 100 + 1 + c % 69 as i,
       10 + floor(((hashint8extended(c, 7) & 2147483647) / 2147483648.0) * 490)::bigint as points
  from p, lateral (select floor(j::numeric * p.cand / p.bonus)::bigint as c
                     from generate_series(0, p.bonus - 1) j) x;
create unique index on bonus (i);
analyze e;
analyze bonus;

-- indexes that are not constraints are dropped while loading and built again from their definitions
create temp table saved_index as
select i.indexname, i.indexdef from pg_indexes i
 where i.schemaname = 'public' and i.tablename in ('journal_entry', 'journal_line', 'points_lot', 'lot_consumption')
   and not exists (select 1 from pg_constraint c where c.conname = i.indexname);
select format('drop index %I', indexname) from saved_index \gexec

insert into journal_entry (id, kind, occurred_at, recorded_at, member_id, tenant_id, description, reverses_entry_id)
select :B * 2 + i, kind, at - interval '2 seconds', at, :B * 10 + m,
       case when kind in ('EARN', 'REDEEM', 'REVERSAL') then :B + 1000 + t end,
       'bench ' || lower(kind), case when orig is not null then :B * 2 + orig end
  from e order by i;

-- the year-old earns whose lots the month's EXPIRE entries take
insert into journal_entry (id, kind, occurred_at, recorded_at, member_id, tenant_id, description)
select :B * 3 + i, 'EARN', at - interval '1 year', at - interval '1 year', :B * 10 + m, :B + 1000 + t, 'bench old earn'
  from e where kind = 'EXPIRE' order by i;

-- lines: the member's (with an earn's operator bonus) and the counterpart's (issuance, redemption,
-- breakage, marketing)
insert into journal_line (id, entry_id, account_id, points)
select :B * 4 + 2 * i + side, :B * 2 + i, acct, pts
  from (
    select e.i, 0 as side, :B * 10 + 5000000 + e.m as acct,
           case when e.kind = 'EARN' or e.kind = 'GRANT' or (e.kind = 'REVERSAL' and e.k >= 93)
                then e.points else -e.points end + coalesce(b.points, 0) as pts
      from e left join bonus b on b.i = e.i
    union all
    select i, 1, case when kind = 'EARN' or (kind = 'REVERSAL' and k < 93) then :B + 10000 + t
                      when kind = 'REDEEM' or kind = 'REVERSAL' then :B + 20000 + t
                      when kind = 'EXPIRE' then :breakage
                      else :marketing end,
           case when kind = 'EARN' or kind = 'GRANT' or (kind = 'REVERSAL' and k >= 93) then -points else points end
      from e
  ) x
 order by 2, 1;

-- the operator's bonus on some earns (the member's line above carries it too)
insert into journal_line (id, entry_id, account_id, points)
select :B * 5 + b.i, :B * 2 + b.i,
       :marketing,
       -b.points
  from bonus b order by b.i;

insert into journal_line (id, entry_id, account_id, points)
select :B * 6 + 2 * i, :B * 3 + i, :B * 10 + 5000000 + m, points from e where kind = 'EXPIRE'
union all
select :B * 6 + 2 * i + 1, :B * 3 + i, :B + 10000 + t, -points from e where kind = 'EXPIRE';

-- lots: one per earn (and per bonus, the operator's), and the year-old lots the expiries empty
insert into points_lot (id, member_account_id, issuer_account_id, credit_entry_id, points_earned,
                        points_remaining, earned_at, expires_at, mall_id)
select :B * 7 + e.i, :B * 10 + 5000000 + e.m, :B + 10000 + e.t, :B * 2 + e.i, e.points, e.points,
       e.at, e.at + interval '400 days', :B
  from e where e.kind = 'EARN'
union all
select :B * 8 + b.i, :B * 10 + 5000000 + e.m,
       :marketing,
       :B * 2 + b.i, b.points, b.points, e.at, e.at + interval '400 days', :B
  from bonus b join e on e.i = b.i
union all
select :B * 9 + e.i, :B * 10 + 5000000 + e.m, :B + 10000 + e.t, :B * 3 + e.i, e.points, 0,
       e.at - interval '1 year', e.at, :B
  from e where e.kind = 'EXPIRE';

insert into lot_consumption (id, entry_id, lot_id, points)
select :B * 9 + i, :B * 2 + i, :B * 9 + i, points from e where kind = 'EXPIRE';

select indexdef from saved_index \gexec

-- member balances are the sums of their lines
update ledger_account a set balance = s.total
  from (select account_id, sum(points) as total from journal_line
         where account_id between :B * 10 + 5000001 and :B * 10 + 5000000 + :members
         group by account_id) s
 where a.id = s.account_id;

drop table e;
drop table bonus;
