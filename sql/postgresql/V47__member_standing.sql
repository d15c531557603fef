-- Member care (issue 12 point 9, docs/members.md): why, when and by whom a member is blocked, and
-- the channel the member registered through. The block columns are set exactly while the status is
-- BLOCKED. The channel is null for members registered before V47 (it was not recorded; the
-- registering tenant, when there was one, still is).
alter table member add column blocked_reason varchar(200);
alter table member add column blocked_by varchar(64);
alter table member add column blocked_at timestamptz;
alter table member add column registration_channel varchar(16);
alter table member add constraint member_registration_channel_ck
    check (registration_channel in ('POS', 'TILL', 'DESK'));
update member set blocked_at = registered_at, blocked_by = 'unknown', blocked_reason = 'before V47'
 where status = 'BLOCKED';
alter table member add constraint member_blocked_ck
    check ((status = 'BLOCKED' and blocked_at is not null and blocked_reason is not null
            and blocked_by is not null)
        or (status = 'ACTIVE' and blocked_at is null and blocked_reason is null and blocked_by is null));
