-- DEMOBANK's right PREMIUM (白金卡持卡人, a premium card holder; docs/partners.md, "Rights"): a GOLD
-- tier floor, 120 free parking minutes a day (paid by DEMOBANK) and 1024 MB more WiFi a day. The
-- first three demo members hold it for a year: the first is DB-0001 (V7), the second and third are
-- linked here as DB-0002 and DB-0003. Their GOLD floors sit in the tier context's tier_floor, and a
-- member below GOLD is raised as TierService.placeFloor would (a FLOOR tier change).
insert into partner_right (id, partner_id, code, name, tier_floor, parking_minutes, wifi_extra_mb,
                           created_at)
select nextval('atrium_seq'), p.id, 'PREMIUM', '白金卡持卡人 Premium card holder', 'GOLD', 120, 1024,
       now() - interval '60 days'
  from partner p
 where p.code = 'DEMOBANK'
   and not exists (select 1 from partner_right r where r.partner_id = p.id and r.code = 'PREMIUM');

insert into partner_link (id, partner_id, member_ref, member_id, state, otp_attempts, otp_sends,
                          requested_at, linked_at)
select nextval('atrium_seq'), p.id, 'DB-000' || m.n, m.id, 'ACTIVE', 0, 1, now() - interval '30 days',
       now() - interval '30 days'
  from partner p
 cross join (select id, row_number() over (order by id) as n from member order by id limit 3) m
 where p.code = 'DEMOBANK' and m.n > 1
   and not exists (select 1 from partner_link x where x.partner_id = p.id
                                                  and x.member_ref = 'DB-000' || m.n);

insert into partner_right_grant (id, partner_id, grant_ref, right_id, link_id, member_id, valid_from,
                                 valid_until, request_hash, state, granted_at)
select nextval('atrium_seq'), p.id, 'DB-PREMIUM-' || l.member_ref, r.id, l.id, l.member_id,
       now() - interval '30 days', now() + interval '335 days', 'demo', 'ACTIVE',
       now() - interval '30 days'
  from partner p
  join partner_right r on r.partner_id = p.id and r.code = 'PREMIUM'
  join partner_link l on l.partner_id = p.id and l.member_ref in ('DB-0001', 'DB-0002', 'DB-0003')
 where p.code = 'DEMOBANK'
   and not exists (select 1 from partner_right_grant g where g.partner_id = p.id
                                                         and g.grant_ref = 'DB-PREMIUM-' || l.member_ref)
 order by l.member_ref;

insert into tier_floor (id, member_id, source, source_ref, tier, valid_from, valid_until, placed_at)
select nextval('atrium_seq'), g.member_id, 'PARTNER:DEMOBANK:PREMIUM', 'grant:' || g.id, 'GOLD',
       g.valid_from, g.valid_until, g.granted_at
  from partner_right_grant g
  join partner p on p.id = g.partner_id and p.code = 'DEMOBANK'
 where g.grant_ref like 'DB-PREMIUM-%'
   and not exists (select 1 from tier_floor f where f.source = 'PARTNER:DEMOBANK:PREMIUM'
                                                and f.source_ref = 'grant:' || g.id)
 order by g.id;

insert into tier_change (id, member_id, changed_at, from_tier, to_tier, cause, qualifying_spend, reason,
                         actor)
select nextval('atrium_seq'), m.id, f.placed_at, m.tier, 'GOLD', 'FLOOR',
       coalesce((select sum(s.amount) from sale s
                  where s.member_id = m.id and s.occurred_at > now() - interval '12 months'), 0),
       f.source, 'partner-demobank'
  from member m
  join tier_floor f on f.member_id = m.id and f.source = 'PARTNER:DEMOBANK:PREMIUM'
 where m.tier in ('STANDARD', 'SILVER')
 order by m.id;
update member m
   set tier = 'GOLD'
 where m.tier in ('STANDARD', 'SILVER')
   and exists (select 1 from tier_floor f where f.member_id = m.id
                                            and f.source = 'PARTNER:DEMOBANK:PREMIUM');
