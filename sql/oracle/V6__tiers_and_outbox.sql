-- tier context ---------------------------------------------------------------
-- What the tier context keeps of a member beside member.tier: the operator's floor (a tier set by
-- hand, with its reason) and the review state (since when the member's qualifying spend has been
-- below their tier, for the grace period; the last review day, so a review runs once a day).
create table tier_status (
    member_id       number(19) primary key references member (id) deferrable initially deferred,
    floor_tier      varchar2(32 char),
    floor_reason    varchar2(500 char),
    floor_set_by    varchar2(64 char),
    floor_set_at    timestamp with time zone,
    below_since     date,
    reviewed_on     date,
    version         number(19) default 0 not null
);

-- Every change of member.tier, with why.
create table tier_change (
    id              number(19) primary key,
    member_id       number(19)        not null references member (id) deferrable initially deferred,
    changed_at      timestamp with time zone   not null,
    from_tier       varchar2(32 char)   not null,
    to_tier         varchar2(32 char)   not null,
    cause           varchar2(16 char)   not null,
    qualifying_spend number(14, 2) not null,
    reason          varchar2(500 char),
    actor           varchar2(64 char)   not null,
    constraint tier_change_cause_ck check (cause in ('QUALIFIED', 'REVIEW', 'MANUAL'))
);
create index tier_change_member_idx on tier_change (member_id, changed_at);

-- notification context -------------------------------------------------------
-- The outbox: a message is written in the business transaction that decides it, and sent later by
-- the dispatcher with retries. (kind, member_id, reference) makes a message exactly-once: one expiry
-- reminder per member and expiry date.
create table notification_outbox (
    id              number(19) primary key,
    kind            varchar2(32 char)   not null,
    member_id       number(19)        not null references member (id) deferrable initially deferred,
    reference       varchar2(64 char)   not null,
    language        varchar2(8 char)    not null,
    subject         varchar2(200 char)  not null,
    body            varchar2(1000 char) not null,
    status          varchar2(16 char)   not null,
    attempts        number(10)       default 0 not null,
    next_attempt_at timestamp with time zone   not null,
    last_error      varchar2(500 char),
    created_at      timestamp with time zone   not null,
    sent_at         timestamp with time zone,
    version         number(19)        default 0 not null,
    constraint notification_outbox_uq unique (kind, member_id, reference),
    constraint notification_outbox_status_ck check (status in ('PENDING', 'SENT', 'FAILED'))
);
create index notification_outbox_due_idx on notification_outbox (status, next_attempt_at);

-- The reminder job finds lots that expire soon across all members.
create index points_lot_expires_idx on points_lot (expires_at, member_account_id);
