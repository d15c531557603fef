-- Parking's copy of the demo members (V56, docs/parking.md "What a quote reads"), as their
-- registrations and the partner grants of V10 would have made it: the demo members are inserted
-- by SQL, after the schema's own backfill ran on an empty member table.
insert into parking_member (member_id, tier, active, masked_card, partner_rights)
select m.id, m.tier, m.status = 'ACTIVE',
       substr(m.card_number, 1, 2) || '******' || substr(m.card_number, 9),
       exists (select 1 from partner_right_grant g where g.member_id = m.id)
  from member m
 where not exists (select 1 from parking_member p where p.member_id = m.id);
