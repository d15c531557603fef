-- Twin of sql/postgresql/V43__tier_floors_and_partner_minutes.sql.
create table tier_floor (
    id           number(19)           primary key,
    member_id    number(19)           not null references member (id) deferrable initially deferred,
    source       varchar2(100 char)   not null,
    source_ref   varchar2(64 char)    not null,
    tier         varchar2(32 char)    not null,
    valid_from   timestamp with time zone not null,
    valid_until  timestamp with time zone not null,
    placed_at    timestamp with time zone not null,
    removed_at   timestamp with time zone,
    removed_by   varchar2(64 char),
    constraint tier_floor_source_uq unique (source, source_ref),
    constraint tier_floor_period_ck check (valid_until > valid_from)
);
create index tier_floor_member_idx on tier_floor (member_id, valid_until);

alter table tier_change drop constraint tier_change_cause_ck;
alter table tier_change add constraint tier_change_cause_ck
    check (cause in ('QUALIFIED', 'REVIEW', 'MANUAL', 'FLOOR'));

alter table parking_settlement add partner_minutes number(10) default 0 not null;
alter table parking_settlement add constraint parking_settlement_partner_ck check (partner_minutes >= 0);
