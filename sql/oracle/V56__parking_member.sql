-- Twin of sql/postgresql/V56__parking_member.sql (booleans as number(1), as in V33).
-- Parking's copy of what a quote at exit needs of a member (docs/parking.md, "What a quote reads"):
-- tier, whether active, the masked card, and whether the member was ever granted a partner right.
-- Kept by the member and partner contexts' events inside their own transactions (a registration, a
-- tier change, a block or its lifting, a grant), so the quote reads it with the plate in one
-- statement. A member without a row (one inserted by SQL) is asked of the member context instead.
create table parking_member (
    member_id       number(19)         primary key references member (id) deferrable initially deferred,
    tier            varchar2(32 char)  not null,
    active          number(1)          not null,
    masked_card     varchar2(16 char)  not null,
    partner_rights  number(1)          not null,
    constraint parking_member_active_ck check (active in (0, 1)),
    constraint parking_member_rights_ck check (partner_rights in (0, 1))
);
insert into parking_member (member_id, tier, active, masked_card, partner_rights)
select m.id, m.tier, case when m.status = 'ACTIVE' then 1 else 0 end,
       substr(m.card_number, 1, 2) || '******' || substr(m.card_number, 9),
       case when exists (select 1 from partner_right_grant g where g.member_id = m.id)
            then 1 else 0 end
  from member m;
