-- Oracle twin of sql/postgresql/V15__sale_evaluated_facts.sql (same columns and backfill).
-- Each sale records what it was evaluated with about its member (issue 8 section 1, issue 12): the
-- tier the member held and whether the sale fell in the member's birthday month. The what-if
-- simulation reads them from the sale, not from the member as it is today; SaleBook sets them on
-- every new sale, from the facts its evaluation used.
alter table sale add (
    tier_code       varchar2(32 char),
    birthday_month  number(1)
);
alter table sale add constraint sale_birthday_month_ck check (birthday_month in (0, 1));

-- A sale was evaluated when it was booked (recorded_at), with the tier the member held then: the
-- tier of the last change before it, else the tier the first later change moved from (held since
-- registering), else the tier the member holds now. A change at the instant of booking is the
-- sale's own upgrade, which follows its evaluation.
update sale s set tier_code = coalesce(
    (select c.to_tier from tier_change c
      where c.member_id = s.member_id and c.changed_at < s.recorded_at
      order by c.changed_at desc, c.id desc fetch first 1 row only),
    (select c.from_tier from tier_change c
      where c.member_id = s.member_id and c.changed_at >= s.recorded_at
      order by c.changed_at, c.id fetch first 1 row only),
    (select m.tier from member m where m.id = s.member_id));

-- The birthday month is the month of the sale's time in its mall's zone (SaleFacts). Oracle's
-- extract reads a timestamp with time zone in UTC; to_char reads it in its own zone.
update sale s set birthday_month = coalesce(
    (select case when to_char(m.birthday, 'MM')
                      = to_char(s.occurred_at at time zone z.zone_id, 'MM')
                 then 1 else 0 end
       from member m, mall z
      where m.id = s.member_id and z.id = s.mall_id),
    0);

alter table sale modify (tier_code not null);
alter table sale modify (birthday_month not null);
