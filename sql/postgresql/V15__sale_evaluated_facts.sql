-- Each sale records what it was evaluated with about its member (issue 8 section 1, issue 12): the
-- tier the member held and whether the sale fell in the member's birthday month. The what-if
-- simulation reads them from the sale, not from the member as it is today; SaleBook sets them on
-- every new sale, from the facts its evaluation used.
alter table sale add column tier_code varchar(32);
alter table sale add column birthday_month boolean;

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

-- The birthday month is the month of the sale's time in its mall's zone (SaleFacts).
update sale s set birthday_month = coalesce(
    (select extract(month from m.birthday) = extract(month from (s.occurred_at at time zone z.zone_id))
       from member m, mall z
      where m.id = s.member_id and z.id = s.mall_id),
    false);

alter table sale alter column tier_code set not null;
alter table sale alter column birthday_month set not null;
