-- Member care (issue 12 point 9, docs/members.md).

-- A manual points adjustment by the service desk: credit (points > 0, a GRANT funded by the
-- operator) or debit (points < 0, a REDEEM to the operator's marketing account, soonest-expiring
-- lots first). Above the configured threshold it waits (PENDING) for a second operator, never the
-- requester; BOOKED names the journal entry; REJECTED says why. mall_id: the requester's mall (its
-- threshold, and the mall of a credit's lot), null for a group-wide operator.
create table member_adjustment (
    id               bigint primary key,
    member_id        bigint        not null references member (id) deferrable initially deferred,
    mall_id          bigint references mall (id) deferrable initially deferred,
    points           bigint        not null,
    reason           varchar(200)  not null,
    threshold        bigint,
    requested_by     varchar(64)   not null,
    requested_at     timestamptz   not null,
    status           varchar(16)   not null,
    decided_by       varchar(64),
    decided_at       timestamptz,
    decision_reason  varchar(200),
    entry_id         bigint references journal_entry (id) deferrable initially deferred,
    constraint member_adjustment_points_ck check (points <> 0),
    constraint member_adjustment_status_ck check (status in ('PENDING', 'BOOKED', 'REJECTED')),
    constraint member_adjustment_decided_ck check (
        (status = 'PENDING' and decided_at is null and entry_id is null)
        or (status = 'BOOKED' and entry_id is not null)
        or (status = 'REJECTED' and decided_at is not null and decision_reason is not null
            and entry_id is null))
);
create index member_adjustment_member_idx on member_adjustment (member_id, requested_at);
create index member_adjustment_pending_idx on member_adjustment (requested_at) where status = 'PENDING';

-- A new phone for a member, confirmed by a one-time code sent to that phone through the outbox;
-- the member's phone changes only when the desk enters the code before expires_at, within the
-- attempts allowed. Only the code's hash is kept.
create table phone_change (
    id            bigint primary key,
    member_id     bigint        not null references member (id) deferrable initially deferred,
    new_phone     varchar(20)   not null,
    code_hash     varchar(64)   not null,
    expires_at    timestamptz   not null,
    attempts      integer       not null,
    status        varchar(16)   not null,
    requested_by  varchar(64)   not null,
    requested_at  timestamptz   not null,
    decided_at    timestamptz,
    constraint phone_change_attempts_ck check (attempts >= 0),
    constraint phone_change_status_ck
        check (status in ('PENDING', 'CONFIRMED', 'EXPIRED', 'FAILED', 'CANCELLED'))
);
create index phone_change_member_idx on phone_change (member_id, requested_at);
