-- Bench members, set-based: :members members with phones 199xxxxxxxx (n = 1..:members, so the load
-- driver can pick a random member by number), each with its MEMBER ledger account and a card number
-- "88" + id padded to 9 digits + Luhn digit, exactly the shapes of the demo seed
-- (sql/demo/postgresql/V1__demo_mall.sql). Ids come from atrium_seq like every other row.
\set ON_ERROR_STOP on
begin;
create function pg_temp.luhn_digit(body text) returns int language sql immutable as $$
    select ((10 - sum(case when d > 9 then d - 9 else d end) % 10) % 10)::int
      from (select case when (length(body) - i) % 2 = 0
                        then substr(body, i, 1)::int * 2
                        else substr(body, i, 1)::int end as d
              from generate_series(1, length(body)) as i) as digits
$$;

create temp table bench_member on commit drop as
select g as n, nextval('atrium_seq') as id, nextval('atrium_seq') as account_id
  from generate_series(1, :members) as g;

insert into member (id, phone, card_number, name, language, tier, status, terms_accepted_at,
                    marketing_consent, registered_at)
select m.id,
       '199' || lpad(m.n::text, 8, '0'),
       '88' || lpad(m.id::text, 9, '0') || pg_temp.luhn_digit('88' || lpad(m.id::text, 9, '0')),
       'Bench ' || m.n,
       'zh', 'STANDARD', 'ACTIVE', now(), false, now()
  from bench_member m
 order by m.n;

insert into ledger_account (id, kind, member_id)
select m.account_id, 'MEMBER', m.id from bench_member m order by m.n;

-- parking's copy of each member, as a registration makes it (ParkingMembers)
insert into parking_member (member_id, tier, active, masked_card, partner_rights)
select m.id, 'STANDARD', true,
       '88******' || substr(lpad(m.id::text, 9, '0') || pg_temp.luhn_digit('88' || lpad(m.id::text, 9, '0')), 7),
       false
  from bench_member m order by m.n;
commit;

analyze member;
analyze ledger_account;
