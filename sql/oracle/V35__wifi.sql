-- Twin of sql/postgresql/V35__wifi.sql (types as in V1).
-- WiFi perks (docs/wifi.md): a mall's WiFi controller (or the FreeRADIUS in front of it) asks for a
-- one-time code, authorises a member's device and reports the sessions' usage. Phones and MACs are
-- stored only as keyed hashes (wifi_hash_key), never in clear.

-- The key of the keyed hashes (HMAC-SHA256), made by Atrium at first use; one row.
create table wifi_hash_key (
    id          number(19)       primary key,
    key_value   varchar2(64 char)  not null,
    created_at  timestamp with time zone  not null
);

-- One-time login codes (6 digits, hashed), per mall and phone; a phone that is no member's gets a
-- row too (member_id null, nothing sent) so that it answers exactly as a member's wrong code.
create table wifi_code (
    id            number(19)        primary key,
    mall_id       number(19)        not null references mall (id) deferrable initially deferred,
    phone_hash    varchar2(64 char)   not null,
    mac_hash      varchar2(64 char)   not null,
    member_id     number(19)        references member (id) deferrable initially deferred,
    code_hash     varchar2(64 char)   not null,
    attempts      number(10)       not null,
    expires_at    timestamp with time zone   not null,
    used_at       timestamp with time zone,
    created_at    timestamp with time zone   not null,
    version       number(19)        default 0 not null
);
create index wifi_code_phone_idx on wifi_code (mall_id, phone_hash, created_at);
create index wifi_code_mac_idx on wifi_code (mall_id, mac_hash, created_at);

-- A device a member chose to remember in a mall: authorised again without a code until
-- remembered_until. Randomised (locally administered) MACs are never remembered.
create table wifi_device (
    id                number(19)        primary key,
    mall_id           number(19)        not null references mall (id) deferrable initially deferred,
    mac_hash          varchar2(64 char)   not null,
    member_id         number(19)        not null references member (id) deferrable initially deferred,
    remembered_until  timestamp with time zone   not null,
    created_at        timestamp with time zone   not null,
    version           number(19)        default 0 not null,
    constraint wifi_device_uq unique (mall_id, mac_hash)
);
create index wifi_device_member_idx on wifi_device (member_id);

-- The authorisation log (PIPL: purged after atrium.wifi.log-retention-days by WifiLogPurge).
create table wifi_authorisation (
    id               number(19)        primary key,
    mall_id          number(19)        not null references mall (id) deferrable initially deferred,
    member_id        number(19)        references member (id) deferrable initially deferred,
    method           varchar2(16 char)   not null,
    result           varchar2(16 char)   not null,
    reason           varchar2(32 char),
    mac_hash         varchar2(64 char)   not null,
    access_point     varchar2(64 char),
    session_minutes  number(10),
    up_kbps          number(10),
    down_kbps        number(10),
    quota_bytes_left number(19),
    created_at       timestamp with time zone   not null,
    constraint wifi_authorisation_method_ck check (method in ('CODE', 'REMEMBERED')),
    constraint wifi_authorisation_result_ck check (result in ('GRANTED', 'REFUSED'))
);
create index wifi_authorisation_created_idx on wifi_authorisation (created_at);
create index wifi_authorisation_member_idx on wifi_authorisation (member_id, created_at);

-- A session as the controller's accounting reports it (start, interim, stop): counters are the
-- session's totals so far, so a replayed report changes nothing; one row per acct session id.
create table wifi_session (
    id               number(19)        primary key,
    mall_id          number(19)        not null references mall (id) deferrable initially deferred,
    acct_session_id  varchar2(64 char)   not null,
    member_id        number(19)        not null references member (id) deferrable initially deferred,
    mac_hash         varchar2(64 char)   not null,
    business_day     date          not null,
    started_at       timestamp with time zone   not null,
    updated_at       timestamp with time zone   not null,
    stopped_at       timestamp with time zone,
    input_bytes      number(19)        not null,
    output_bytes     number(19)        not null,
    session_seconds  number(19)        not null,
    version          number(19)        default 0 not null,
    constraint wifi_session_uq unique (mall_id, acct_session_id)
);
create index wifi_session_day_idx on wifi_session (member_id, mall_id, business_day);
create index wifi_session_updated_idx on wifi_session (updated_at);

-- A member's visit of a business day in a mall (the first session with enough dwell), once; kept
-- for segments and reports after its session's accounting detail is purged (no foreign key).
create table wifi_visit (
    id            number(19)        primary key,
    mall_id       number(19)        not null references mall (id) deferrable initially deferred,
    member_id     number(19)        not null references member (id) deferrable initially deferred,
    business_day  date          not null,
    session_id    number(19)        not null,
    points        number(19)        not null,
    entry_id      number(19),
    created_at    timestamp with time zone   not null,
    constraint wifi_visit_uq unique (mall_id, member_id, business_day)
);
