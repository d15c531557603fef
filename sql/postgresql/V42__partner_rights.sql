-- Partner rights (docs/partners.md, "Rights"): a partner-verified attribute of a linked member (e.g.
-- DEMOBANK's PREMIUM, a premium card holder) that the partner grants for a period. The partner's
-- agreement maps each right code to a tier floor and/or perks: free parking minutes per business
-- day and extra WiFi data per business day. A definition is part of the agreement but not versioned
-- with its rates: perks are read as the definition stands; the tier floor is copied into the tier
-- context's tier_floor when a right is granted.
create table partner_right (
    id               bigint        primary key,
    partner_id       bigint        not null references partner (id) deferrable initially deferred,
    code             varchar(32)   not null,
    name             varchar(100)  not null,
    tier_floor       varchar(32),
    parking_minutes  integer       not null default 0,
    wifi_extra_mb    integer       not null default 0,
    created_at       timestamptz   not null,
    constraint partner_right_code_uq unique (partner_id, code),
    constraint partner_right_perks_ck check (parking_minutes >= 0 and wifi_extra_mb >= 0)
);

-- One grant of a right to a linked member, identified by the partner's grant id (unique per
-- partner: the idempotency key of the grant). A grant counts from valid_from (inclusive) to
-- valid_until (exclusive) while its state is ACTIVE; REVOKED by the partner or by an operator (with
-- a reason). Expiry is not a state: it is read against the clock, so no job is needed.
create table partner_right_grant (
    id             bigint        primary key,
    partner_id     bigint        not null references partner (id) deferrable initially deferred,
    grant_ref      varchar(64)   not null,
    right_id       bigint        not null references partner_right (id) deferrable initially deferred,
    link_id        bigint        not null references partner_link (id) deferrable initially deferred,
    member_id      bigint        not null references member (id) deferrable initially deferred,
    valid_from     timestamptz   not null,
    valid_until    timestamptz   not null,
    request_hash   varchar(64)   not null,
    state          varchar(16)   not null,
    granted_at     timestamptz   not null,
    revoked_at     timestamptz,
    revoked_by     varchar(64),
    revoke_reason  varchar(500),
    version        bigint        not null default 0,
    constraint partner_right_grant_ref_uq unique (partner_id, grant_ref),
    constraint partner_right_grant_state_ck check (state in ('ACTIVE', 'REVOKED')),
    constraint partner_right_grant_period_ck check (valid_until > valid_from)
);
-- the perks of a member at an instant (parking quote, WiFi authorisation) and the member's page
create index partner_right_grant_member_idx on partner_right_grant (member_id, valid_until);
create index partner_right_grant_link_idx on partner_right_grant (link_id);
