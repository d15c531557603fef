-- The demo partners (docs/partners.md, "The demo partners"): DEMOBANK, a bank settling PREPAID from
-- a deposit of 50,000.00 CNY, whose key partner-demobank V1 made, and DEMOAIR, an airline settling
-- POSTPAID, with its key partner-demoair (secret demo-secret-partner-demoair). Each has one
-- agreement and its ledger account, and the first demo member (card 880000059506) is linked to both
-- as DB-0001 and DA-0001. V1's key names DEMOBANK before this script makes it: the key's foreign
-- key is checked at the commit, and the demo seed runs as one transaction (Database, group). A
-- database seeded before V32 has a placeholder DEMOBANK from V32, which this completes.
insert into partner (id, code, name, kind, status, contact, mall_id, settlement_mode, deposit_balance,
                     created_at)
select nextval('atrium_seq'), p.code, p.name, p.kind, 'ACTIVE', p.contact, null, p.mode, 0,
       now() - interval '400 days'
  from (values ('DEMOBANK', '演示银行 Demo Bank', 'BANK', 'PREPAID', 'partners@demobank.example'),
               ('DEMOAIR', '演示航空 Demo Air', 'AIRLINE', 'POSTPAID', 'loyalty@demoair.example'))
       p (code, name, kind, mode, contact)
    on conflict (code) do update
   set name = excluded.name, kind = excluded.kind, contact = excluded.contact,
       settlement_mode = excluded.settlement_mode;

-- DEMOBANK's deposit: one top-up of 50,000.00 CNY
insert into partner_deposit_movement (id, partner_id, reason, amount, balance_after, created_at)
select nextval('atrium_seq'), p.id, 'TOP_UP', 50000.00, p.deposit_balance + 50000.00,
       now() - interval '30 days'
  from partner p
 where p.code = 'DEMOBANK'
   and not exists (select 1 from partner_deposit_movement m where m.partner_id = p.id);
update partner p
   set deposit_balance = (select coalesce(sum(m.amount), 0) from partner_deposit_movement m
                           where m.partner_id = p.id)
 where p.code = 'DEMOBANK';

-- DEMOBANK: 10 bank points -> 1 mall point in, 1 mall point -> 8 bank points out, 1% fee.
-- DEMOAIR: 1 mile -> 10 mall points in, 100 mall points -> 8 miles out, 0.50 CNY per exchange.
-- Both: 10 to 50,000 points an exchange, a member 100,000 a day and 300,000 a month, the partner
-- 10,000,000 a day, 0.01 CNY a point, reversible the same business day plus 3 hours.
insert into partner_agreement (id, partner_id, effective_from, rate_in_from, rate_in_to, rate_out_from,
                               rate_out_to, rounding, min_points, max_points, member_daily_points,
                               member_monthly_points, partner_daily_points, cost_per_point, fee_fixed,
                               fee_percent, reversal_grace_minutes, created_at)
select nextval('atrium_seq'), p.id, now() - interval '400 days', a.in_from, a.in_to, a.out_from,
       a.out_to, 'DOWN', 10, 50000, 100000, 300000, 10000000, 0.0100, a.fee_fixed, a.fee_percent, 180,
       now() - interval '400 days'
  from partner p
  join (values ('DEMOBANK', 10, 1, 1, 8, 0.00, 1.00),
               ('DEMOAIR', 1, 10, 100, 8, 0.50, 0.00))
       a (code, in_from, in_to, out_from, out_to, fee_fixed, fee_percent) on a.code = p.code
 where not exists (select 1 from partner_agreement x where x.partner_id = p.id);

insert into ledger_account (id, kind, partner_code)
select nextval('atrium_seq'), 'PARTNER', p.code
  from partner p
 where p.code in ('DEMOBANK', 'DEMOAIR')
   and not exists (select 1 from ledger_account a where a.kind = 'PARTNER' and a.partner_code = p.code)
 order by p.code;

insert into api_client (key_id, kind, partner_code, description, created_at)
select 'partner-demoair', 'PARTNER', 'DEMOAIR', '演示航空 Demo Air', now() - interval '400 days'
 where not exists (select 1 from api_client where key_id = 'partner-demoair');
insert into api_client_secret (key_id, secret_no, secret, created_at)
select c.key_id, 1, 'demo-secret-partner-demoair', c.created_at
  from api_client c
 where c.key_id = 'partner-demoair'
   and not exists (select 1 from api_client_secret s where s.key_id = c.key_id);

-- the first demo member, linked to both
insert into partner_link (id, partner_id, member_ref, member_id, state, otp_attempts, otp_sends,
                          requested_at, linked_at)
select nextval('atrium_seq'), p.id, l.ref, m.id, 'ACTIVE', 0, 1, now() - interval '60 days',
       now() - interval '60 days'
  from (values ('DEMOBANK', 'DB-0001'), ('DEMOAIR', 'DA-0001')) l (code, ref)
  join partner p on p.code = l.code
  cross join (select id from member order by id limit 1) m
 where not exists (select 1 from partner_link x where x.partner_id = p.id and x.member_ref = l.ref);
