-- Oracle twin of sql/postgresql/V47__member_standing.sql (types as in V1). Member care (docs/members.md):
-- why, when and by whom a member is blocked, and the channel the member registered through.
alter table member add (
    blocked_reason       varchar2(200 char),
    blocked_by           varchar2(64 char),
    blocked_at           timestamp with time zone,
    registration_channel varchar2(16 char)
);
alter table member add constraint member_registration_channel_ck
    check (registration_channel in ('POS', 'TILL', 'DESK'));
update member set blocked_at = registered_at, blocked_by = 'unknown', blocked_reason = 'before V47'
 where status = 'BLOCKED';
alter table member add constraint member_blocked_ck
    check ((status = 'BLOCKED' and blocked_at is not null and blocked_reason is not null
            and blocked_by is not null)
        or (status = 'ACTIVE' and blocked_at is null and blocked_reason is null and blocked_by is null));
