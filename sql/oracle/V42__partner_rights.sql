-- Twin of sql/postgresql/V42__partner_rights.sql (types as in V1).
-- Partner rights (docs/partners.md, "Rights"): a partner-verified attribute of a linked member that
-- the partner grants for a period, mapped by the agreement to a tier floor and/or perks.
create table partner_right (
    id               number(19)           primary key,
    partner_id       number(19)           not null references partner (id) deferrable initially deferred,
    code             varchar2(32 char)    not null,
    name             varchar2(100 char)   not null,
    tier_floor       varchar2(32 char),
    parking_minutes  number(10)           default 0 not null,
    wifi_extra_mb    number(10)           default 0 not null,
    created_at       timestamp with time zone not null,
    constraint partner_right_code_uq unique (partner_id, code),
    constraint partner_right_perks_ck check (parking_minutes >= 0 and wifi_extra_mb >= 0)
);

create table partner_right_grant (
    id             number(19)           primary key,
    partner_id     number(19)           not null references partner (id) deferrable initially deferred,
    grant_ref      varchar2(64 char)    not null,
    right_id       number(19)           not null references partner_right (id) deferrable initially deferred,
    link_id        number(19)           not null references partner_link (id) deferrable initially deferred,
    member_id      number(19)           not null references member (id) deferrable initially deferred,
    valid_from     timestamp with time zone not null,
    valid_until    timestamp with time zone not null,
    request_hash   varchar2(64 char)    not null,
    state          varchar2(16 char)    not null,
    granted_at     timestamp with time zone not null,
    revoked_at     timestamp with time zone,
    revoked_by     varchar2(64 char),
    revoke_reason  varchar2(500 char),
    version        number(19)           default 0 not null,
    constraint partner_right_grant_ref_uq unique (partner_id, grant_ref),
    constraint partner_right_grant_state_ck check (state in ('ACTIVE', 'REVOKED')),
    constraint partner_right_grant_period_ck check (valid_until > valid_from)
);
create index partner_right_grant_member_idx on partner_right_grant (member_id, valid_until);
create index partner_right_grant_link_idx on partner_right_grant (link_id);
