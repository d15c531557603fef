-- Twin of sql/postgresql/V33__parking.sql (types as in V1; the partial unique indexes become
-- function-based ones).
-- Parking perks (docs/parking.md).
-- A member's separate consent to plate binding (PIPL): text version, given and withdrawn times. At
-- most one consent in force per member.
create table plate_consent (
    id            number(19)         primary key,
    member_id     number(19)         not null references member (id) deferrable initially deferred,
    text_version  varchar2(32 char)  not null,
    given_at      timestamp with time zone not null,
    given_by      varchar2(100 char) not null,
    withdrawn_at  timestamp with time zone,
    withdrawn_by  varchar2(100 char),
    version       number(19)         default 0 not null
);
-- PostgreSQL: unique (member_id) where withdrawn_at is null
create unique index plate_consent_current_uq on plate_consent (
    case when withdrawn_at is null then member_id end);

-- A plate bound to a member: never in clear. ciphertext is base64(nonce || AES-GCM output) under
-- plate key key_version; blind_index the hex HMAC-SHA256 of the normalised plate under index key
-- index_version; masked the form lists show (沪A·***5D). A plate is bound to one member at a time.
create table plate_binding (
    id             number(19)         primary key,
    member_id      number(19)         not null references member (id) deferrable initially deferred,
    ciphertext     varchar2(200 char) not null,
    key_version    number(10)         not null,
    blind_index    varchar2(64 char)  not null,
    index_version  number(10)         not null,
    masked         varchar2(16 char)  not null,
    bound_at       timestamp with time zone not null,
    bound_by       varchar2(100 char) not null,
    unbound_at     timestamp with time zone,
    unbound_by     varchar2(100 char),
    unbind_reason  varchar2(24 char),
    version        number(19)         default 0 not null,
    constraint plate_binding_reason_ck check (unbind_reason in ('MEMBER_REQUEST', 'CONSENT_WITHDRAWN')),
    constraint plate_binding_unbound_ck check ((unbound_at is null and unbind_reason is null)
        or (unbound_at is not null and unbind_reason is not null))
);
-- PostgreSQL: unique (blind_index) where unbound_at is null
create unique index plate_binding_active_uq on plate_binding (
    case when unbound_at is null then blind_index end);
create index plate_binding_member_idx on plate_binding (member_id, bound_at);
