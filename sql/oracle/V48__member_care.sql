-- Oracle twin of sql/postgresql/V48__member_care.sql (types as in V1; the partial index becomes a
-- plain one). Member care (docs/members.md): manual points adjustments and phone changes.
create table member_adjustment (
    id               number(19)               primary key,
    member_id        number(19)               not null references member (id) deferrable initially deferred,
    mall_id          number(19) references mall (id) deferrable initially deferred,
    points           number(19)               not null,
    reason           varchar2(200 char)       not null,
    threshold        number(19),
    requested_by     varchar2(64 char)        not null,
    requested_at     timestamp with time zone not null,
    status           varchar2(16 char)        not null,
    decided_by       varchar2(64 char),
    decided_at       timestamp with time zone,
    decision_reason  varchar2(200 char),
    entry_id         number(19) references journal_entry (id) deferrable initially deferred,
    constraint member_adjustment_points_ck check (points <> 0),
    constraint member_adjustment_status_ck check (status in ('PENDING', 'BOOKED', 'REJECTED')),
    constraint member_adjustment_decided_ck check (
        (status = 'PENDING' and decided_at is null and entry_id is null)
        or (status = 'BOOKED' and entry_id is not null)
        or (status = 'REJECTED' and decided_at is not null and decision_reason is not null
            and entry_id is null))
);
create index member_adjustment_member_idx on member_adjustment (member_id, requested_at);
-- PostgreSQL: (requested_at) where status = 'PENDING'
create index member_adjustment_pending_idx on member_adjustment (status, requested_at);

create table phone_change (
    id            number(19)               primary key,
    member_id     number(19)               not null references member (id) deferrable initially deferred,
    new_phone     varchar2(20 char)        not null,
    code_hash     varchar2(64 char)        not null,
    expires_at    timestamp with time zone not null,
    attempts      number(10)               not null,
    status        varchar2(16 char)        not null,
    requested_by  varchar2(64 char)        not null,
    requested_at  timestamp with time zone not null,
    decided_at    timestamp with time zone,
    constraint phone_change_attempts_ck check (attempts >= 0),
    constraint phone_change_status_ck
        check (status in ('PENDING', 'CONFIRMED', 'EXPIRED', 'FAILED', 'CANCELLED'))
);
create index phone_change_member_idx on phone_change (member_id, requested_at);
