-- Parking settlements and partner exchanges in the demo's closed months (docs/clearing.md, "Demo
-- data"), so that the demo month's clearing statements show parking lines and a partner statement.
-- Booked as a real settlement and a real exchange book them; idempotent (nothing when any is there).

-- Parking: in each of the three months before this one, up to six members who bought at two XH
-- tenants on one day (200.00 or more together: one spend hour by parking.spend-bonuses) left the car
-- park that evening after three hours: 60 tier minutes (the operator's) and 60 spend minutes, at the
-- free hour's 10.00, charged to the two tenants pro rata to those sales, the fen left over to the
-- larger one, as parking.CostSplit does. No points were spent (no ledger entry).
create temporary table demo_parking on commit drop as
with day_sales as (
  select s.id as sale_id, s.member_id, s.tenant_id, s.amount, s.occurred_at, s.mall_id,
         (s.occurred_at at time zone 'Asia/Shanghai')::date as day
    from sale s join mall m on m.id = s.mall_id
   where m.code = 'XH' and s.channel = 'DEMO'
     and s.occurred_at >= (date_trunc('month', now() at time zone 'Asia/Shanghai') - interval '3 months')
                          at time zone 'Asia/Shanghai'
     and s.occurred_at < date_trunc('month', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai'
), pairs as (
  select a.member_id, a.mall_id, a.day, a.sale_id as a_sale, a.tenant_id as a_tenant, a.amount as a_amount,
         b.sale_id as b_sale, b.tenant_id as b_tenant, b.amount as b_amount,
         greatest(a.occurred_at, b.occurred_at) as last_at,
         row_number() over (partition by a.member_id, a.day order by a.sale_id, b.sale_id) as in_day
    from day_sales a join day_sales b
      on b.member_id = a.member_id and b.day = a.day and b.tenant_id > a.tenant_id
   where a.amount + b.amount >= 200.00
), chosen as (
  select p.*, row_number() over (partition by date_trunc('month', p.day) order by p.day, p.member_id) as n
    from pairs p where p.in_day = 1
)
select nextval('atrium_seq') as settlement_id, c.*,
       'DEMO-PK-' || to_char(c.day, 'YYYYMMDD') || '-' || c.member_id as session_id,
       c.last_at + interval '30 minutes' as entered_at,
       c.last_at + interval '210 minutes' as exited_at,
       floor(1000 * c.a_amount / (c.a_amount + c.b_amount)) as a_fen,
       floor(1000 * c.b_amount / (c.a_amount + c.b_amount)) as b_fen
  from chosen c
 where c.n <= 6
   and c.last_at + interval '210 minutes' < now()
   and not exists (select 1 from parking_settlement x where x.session_id like 'DEMO-PK-%');

insert into parking_settlement (id, mall_id, session_id, request_hash, member_id, binding_id, business_day,
                                entered_at, exited_at, fee_fen, applied_minutes, applied_fen, tier_minutes,
                                spend_minutes, point_hours, points, points_entry_id, state, settled_at)
select settlement_id, mall_id, session_id, 'demo', member_id, null, day, entered_at, exited_at, 3000, 120, 2000,
       60, 60, 0, 0, null, 'SETTLED', exited_at
  from demo_parking;

insert into parking_spend_sale (settlement_id, sale_id, tenant_id, amount)
select settlement_id, a_sale, a_tenant, a_amount from demo_parking
union all
select settlement_id, b_sale, b_tenant, b_amount from demo_parking;

-- who pays: the tier hour the operator, the spend hour the two tenants (the leftover fen to the
-- larger sale, the first one on a tie)
insert into parking_charge (id, settlement_id, mall_id, business_day, payer_kind, tenant_id, partner_code,
                            reason, minutes, amount)
select nextval('atrium_seq'), settlement_id, mall_id, day, 'OPERATOR', null, null, 'TIER', 60.00, 10.00
  from demo_parking
union all
select nextval('atrium_seq'), settlement_id, mall_id, day, 'TENANT', a_tenant, null, 'SPEND',
       round(60 * a_amount / (a_amount + b_amount), 2),
       (a_fen + case when a_amount >= b_amount then 1000 - a_fen - b_fen else 0 end) / 100.0
  from demo_parking
union all
select nextval('atrium_seq'), settlement_id, mall_id, day, 'TENANT', b_tenant, null, 'SPEND',
       round(60 * b_amount / (a_amount + b_amount), 2),
       (b_fen + case when a_amount < b_amount then 1000 - a_fen - b_fen else 0 end) / 100.0
  from demo_parking;

-- Partner exchanges: DEMOAIR's member DA-0001 exchanged miles in on the 10th of each of the three
-- months before this one (400, 650 and 300 miles: 4,000, 6,500 and 3,000 points at 1 mile -> 10
-- points; 0.01 CNY a point, a fee of 0.50), booked as LedgerPostings.creditFromPartner books them:
-- a GRANT entry from DEMOAIR's account to the member's, a lot whose issuer is DEMOAIR's account (no
-- mall: DEMOAIR is group-wide), expiring as the demo's sales' lots do, and the balances moved.
create temporary table demo_exchange on commit drop as
select nextval('atrium_seq') as exchange_id, nextval('atrium_seq') as entry_id,
       nextval('atrium_seq') as member_line_id, nextval('atrium_seq') as partner_line_id,
       nextval('atrium_seq') as lot_id,
       p.id as partner_id, l.id as link_id, l.member_id, a.id as agreement_id,
       ma.id as member_account_id, pa.id as partner_account_id,
       'DA-DEMO-' || g.n as txn, g.miles, g.miles * 10 as points,
       ((date_trunc('month', now() at time zone 'Asia/Shanghai') - make_interval(months => g.back)
         + interval '9 days 15 hours') at time zone 'Asia/Shanghai') as at
  from partner p
  join partner_link l on l.partner_id = p.id and l.member_ref = 'DA-0001' and l.state = 'ACTIVE'
  join ledger_account ma on ma.member_id = l.member_id and ma.kind = 'MEMBER'
  join ledger_account pa on pa.kind = 'PARTNER' and pa.partner_code = p.code
  join partner_agreement a on a.partner_id = p.id
   and a.effective_from = (select max(v.effective_from) from partner_agreement v
                            where v.partner_id = p.id and v.effective_from <= now() - interval '4 months')
 cross join (values (1, 3, 400), (2, 2, 650), (3, 1, 300)) g (n, back, miles)
 where p.code = 'DEMOAIR'
   and not exists (select 1 from partner_exchange x where x.partner_id = p.id and x.partner_txn_id like 'DA-DEMO-%');

insert into journal_entry (id, kind, occurred_at, recorded_at, member_id, tenant_id, description)
select entry_id, 'GRANT', at, at, member_id, null, 'Exchange IN DEMOAIR ' || txn from demo_exchange;

insert into journal_line (id, entry_id, account_id, points)
select member_line_id, entry_id, member_account_id, points from demo_exchange
union all
select partner_line_id, entry_id, partner_account_id, -points from demo_exchange;

insert into points_lot (id, member_account_id, issuer_account_id, mall_id, credit_entry_id,
                        points_earned, points_remaining, earned_at, expires_at)
select lot_id, member_account_id, partner_account_id, null, entry_id, points, points, at,
       make_timestamptz(extract(year from at at time zone 'Asia/Shanghai')::int + 2, 1, 1, 0, 0, 0,
                        'Asia/Shanghai')
  from demo_exchange;

insert into partner_exchange (id, partner_id, partner_txn_id, link_id, member_id, agreement_id, direction,
                              state, points, partner_amount, value_cny, fee, request_hash, entry_id,
                              undo_entry_id, business_day, requested_at, reversible_until, settled_at)
select exchange_id, partner_id, txn, link_id, member_id, agreement_id, 'IN', 'COMPLETED', points, miles,
       points * 0.01, 0.50, 'demo', entry_id, null, (at at time zone 'Asia/Shanghai')::date, at,
       ((at at time zone 'Asia/Shanghai')::date + interval '1 day 3 hours') at time zone 'Asia/Shanghai', at
  from demo_exchange;

update ledger_account a
   set balance = a.balance + x.points
  from (select member_account_id, sum(points) as points from demo_exchange group by member_account_id) x
 where a.id = x.member_account_id;
update ledger_account a
   set balance = a.balance - x.points
  from (select partner_account_id, sum(points) as points from demo_exchange group by partner_account_id) x
 where a.id = x.partner_account_id;
