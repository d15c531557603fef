-- Parking's copy of what a quote at exit needs of a member (docs/parking.md, "What a quote reads"):
-- tier, whether active, the masked card, and whether the member was ever granted a partner right.
-- Kept by the member and partner contexts' events inside their own transactions (a registration, a
-- tier change, a block or its lifting, a grant), so the quote reads it with the plate in one
-- statement. A member without a row (one inserted by SQL) is asked of the member context instead.
create table parking_member (
    member_id       bigint       primary key references member (id) deferrable initially deferred,
    tier            varchar(32)  not null,
    active          boolean      not null,
    masked_card     varchar(16)  not null,
    partner_rights  boolean      not null
);
insert into parking_member (member_id, tier, active, masked_card, partner_rights)
select m.id, m.tier, m.status = 'ACTIVE',
       substr(m.card_number, 1, 2) || '******' || substr(m.card_number, 9),
       exists (select 1 from partner_right_grant g where g.member_id = m.id)
  from member m;
