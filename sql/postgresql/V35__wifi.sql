-- WiFi perks (docs/wifi.md): a mall's WiFi controller (or the FreeRADIUS in front of it) asks for a
-- one-time code, authorises a member's device and reports the sessions' usage. Phones and MACs are
-- stored only as keyed hashes (wifi_hash_key), never in clear.

-- The key of the keyed hashes (HMAC-SHA256), made by Atrium at first use; one row.
create table wifi_hash_key (
    id          bigint       primary key,
    key_value   varchar(64)  not null,
    created_at  timestamptz  not null
);

-- One-time login codes (6 digits, hashed), per mall and phone; a phone that is no member's gets a
-- row too (member_id null, nothing sent) so that it answers exactly as a member's wrong code.
create table wifi_code (
    id            bigint        primary key,
    mall_id       bigint        not null references mall (id) deferrable initially deferred,
    phone_hash    varchar(64)   not null,
    mac_hash      varchar(64)   not null,
    member_id     bigint        references member (id) deferrable initially deferred,
    code_hash     varchar(64)   not null,
    attempts      integer       not null,
    expires_at    timestamptz   not null,
    used_at       timestamptz,
    created_at    timestamptz   not null,
    version       bigint        not null default 0
);
create index wifi_code_phone_idx on wifi_code (mall_id, phone_hash, created_at);
create index wifi_code_mac_idx on wifi_code (mall_id, mac_hash, created_at);

-- A device a member chose to remember in a mall: authorised again without a code until
-- remembered_until. Randomised (locally administered) MACs are never remembered.
create table wifi_device (
    id                bigint        primary key,
    mall_id           bigint        not null references mall (id) deferrable initially deferred,
    mac_hash          varchar(64)   not null,
    member_id         bigint        not null references member (id) deferrable initially deferred,
    remembered_until  timestamptz   not null,
    created_at        timestamptz   not null,
    version           bigint        not null default 0,
    constraint wifi_device_uq unique (mall_id, mac_hash)
);
create index wifi_device_member_idx on wifi_device (member_id);

-- The authorisation log (PIPL: purged after atrium.wifi.log-retention-days by WifiLogPurge).
create table wifi_authorisation (
    id               bigint        primary key,
    mall_id          bigint        not null references mall (id) deferrable initially deferred,
    member_id        bigint        references member (id) deferrable initially deferred,
    method           varchar(16)   not null,
    result           varchar(16)   not null,
    reason           varchar(32),
    mac_hash         varchar(64)   not null,
    access_point     varchar(64),
    session_minutes  integer,
    up_kbps          integer,
    down_kbps        integer,
    quota_bytes_left bigint,
    created_at       timestamptz   not null,
    constraint wifi_authorisation_method_ck check (method in ('CODE', 'REMEMBERED')),
    constraint wifi_authorisation_result_ck check (result in ('GRANTED', 'REFUSED'))
);
create index wifi_authorisation_created_idx on wifi_authorisation (created_at);
create index wifi_authorisation_member_idx on wifi_authorisation (member_id, created_at);

-- A session as the controller's accounting reports it (start, interim, stop): counters are the
-- session's totals so far, so a replayed report changes nothing; one row per acct session id.
create table wifi_session (
    id               bigint        primary key,
    mall_id          bigint        not null references mall (id) deferrable initially deferred,
    acct_session_id  varchar(64)   not null,
    member_id        bigint        not null references member (id) deferrable initially deferred,
    mac_hash         varchar(64)   not null,
    business_day     date          not null,
    started_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    stopped_at       timestamptz,
    input_bytes      bigint        not null,
    output_bytes     bigint        not null,
    session_seconds  bigint        not null,
    version          bigint        not null default 0,
    constraint wifi_session_uq unique (mall_id, acct_session_id)
);
create index wifi_session_day_idx on wifi_session (member_id, mall_id, business_day);
create index wifi_session_updated_idx on wifi_session (updated_at);

-- A member's visit of a business day in a mall (the first session with enough dwell), once; kept
-- for segments and reports after its session's accounting detail is purged (no foreign key).
create table wifi_visit (
    id            bigint        primary key,
    mall_id       bigint        not null references mall (id) deferrable initially deferred,
    member_id     bigint        not null references member (id) deferrable initially deferred,
    business_day  date          not null,
    session_id    bigint        not null,
    points        bigint        not null,
    entry_id      bigint,
    created_at    timestamptz   not null,
    constraint wifi_visit_uq unique (mall_id, member_id, business_day)
);
