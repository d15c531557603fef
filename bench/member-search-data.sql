-- Members for bench/member-search, set-based: :members members with ids 1..:members, phones that
-- are distinct and spread like real ones (a mobile prefix 13x-19x, then n * 7919 mod 10^9 over
-- nine digits: 7919 is prime to 10^9, so no two members share a phone and the last four digits
-- are uniform), and card numbers in the shape of CardNumber.forMember ("88" + the id in 9 digits
-- + the Luhn digit). Only the member table: the search reads nothing else.
\set ON_ERROR_STOP on
begin;
create function pg_temp.luhn_digit(body text) returns int language sql immutable as $$
    select ((10 - sum(case when d > 9 then d - 9 else d end) % 10) % 10)::int
      from (select case when (length(body) - i) % 2 = 0
                        then substr(body, i, 1)::int * 2
                        else substr(body, i, 1)::int end as d
              from generate_series(1, length(body)) as i) as digits
$$;
insert into member (id, phone, card_number, name, language, tier, status, terms_accepted_at,
                    marketing_consent, registered_at)
select g,
       '1' || (3 + g % 7)::text || lpad(((g::bigint * 7919) % 1000000000)::text, 9, '0'),
       '88' || lpad(g::text, 9, '0') || pg_temp.luhn_digit('88' || lpad(g::text, 9, '0')),
       'Member ' || g,
       'zh', 'STANDARD', 'ACTIVE', now(), false, now() - (g % 1000) * interval '1 day'
  from generate_series(1, :members) as g;
commit;
vacuum analyze member;
