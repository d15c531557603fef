-- Parking perks (docs/parking.md).
-- A member's separate consent to plate binding (PIPL): text version, given and withdrawn times. At
-- most one consent in force per member.
create table plate_consent (
    id            bigint        primary key,
    member_id     bigint        not null references member (id) deferrable initially deferred,
    text_version  varchar(32)   not null,
    given_at      timestamptz   not null,
    given_by      varchar(100)  not null,
    withdrawn_at  timestamptz,
    withdrawn_by  varchar(100),
    version       bigint        not null default 0
);
create unique index plate_consent_current_uq on plate_consent (member_id) where withdrawn_at is null;

-- A plate bound to a member: never in clear. ciphertext is base64(nonce || AES-GCM output) under
-- plate key key_version; blind_index the hex HMAC-SHA256 of the normalised plate under index key
-- index_version; masked the form lists show (沪A·***5D). A plate is bound to one member at a time.
create table plate_binding (
    id             bigint        primary key,
    member_id      bigint        not null references member (id) deferrable initially deferred,
    ciphertext     varchar(200)  not null,
    key_version    integer       not null,
    blind_index    varchar(64)   not null,
    index_version  integer       not null,
    masked         varchar(16)   not null,
    bound_at       timestamptz   not null,
    bound_by       varchar(100)  not null,
    unbound_at     timestamptz,
    unbound_by     varchar(100),
    unbind_reason  varchar(24),
    version        bigint        not null default 0,
    constraint plate_binding_reason_ck check (unbind_reason in ('MEMBER_REQUEST', 'CONSENT_WITHDRAWN')),
    constraint plate_binding_unbound_ck check ((unbound_at is null and unbind_reason is null)
        or (unbound_at is not null and unbind_reason is not null))
);
create unique index plate_binding_active_uq on plate_binding (blind_index) where unbound_at is null;
create index plate_binding_member_idx on plate_binding (member_id, bound_at);
