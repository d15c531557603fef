-- tier context: floors placed by other contexts (docs/tiers.md, "Floors with a source"). A partner
-- right with a tier floor places one here through TierFloors; it counts from valid_from (inclusive)
-- to valid_until (exclusive) unless removed. The review never takes a member below the highest floor
-- that counts on the day, beside the operator's own floor in tier_status. A floor that stops
-- counting (removed or expired) is not a change by itself: the member drops at a later review as
-- anyone whose entitlement fell (grace period included).
create table tier_floor (
    id           bigint        primary key,
    member_id    bigint        not null references member (id) deferrable initially deferred,
    source       varchar(100)  not null,
    source_ref   varchar(64)   not null,
    tier         varchar(32)   not null,
    valid_from   timestamptz   not null,
    valid_until  timestamptz   not null,
    placed_at    timestamptz   not null,
    removed_at   timestamptz,
    removed_by   varchar(64),
    constraint tier_floor_source_uq unique (source, source_ref),
    constraint tier_floor_period_ck check (valid_until > valid_from)
);
create index tier_floor_member_idx on tier_floor (member_id, valid_until);

-- a floor placed by another context raises the member at once: tier_change cause FLOOR
alter table tier_change drop constraint tier_change_cause_ck;
alter table tier_change add constraint tier_change_cause_ck
    check (cause in ('QUALIFIED', 'REVIEW', 'MANUAL', 'FLOOR'));

-- parking context: the free minutes a settlement took from partner rights (paid by the partners,
-- parking_charge payer_kind PARTNER, reason PARTNER)
alter table parking_settlement add partner_minutes integer not null default 0;
alter table parking_settlement add constraint parking_settlement_partner_ck check (partner_minutes >= 0);
