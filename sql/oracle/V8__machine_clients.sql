-- Machine clients of every kind (docs/security.md, "Machine clients"). A client's kind decides its
-- role, the API prefix it may call and its scope: POS -> one tenant, CAR_PARK and WIFI_CONTROLLER
-- -> one mall, PARTNER -> one partner. The partner context does not exist yet: partner_code holds
-- the partner's code and becomes a foreign key to the partner table when that context lands.
alter table api_client add (
    mall_id       number(19)               references mall (id) deferrable initially deferred,
    partner_code  varchar2(32 char),
    description   varchar2(200 char),
    -- rolled up from request_nonce by NonceStore's purge (never written by a signed request itself)
    last_used_at  timestamp with time zone
);

alter table api_client drop constraint api_client_kind_ck;
alter table api_client add constraint api_client_kind_ck check (
       (kind = 'POS' and tenant_id is not null and mall_id is null and partner_code is null)
    or (kind in ('CAR_PARK', 'WIFI_CONTROLLER')
        and tenant_id is null and mall_id is not null and partner_code is null)
    or (kind = 'PARTNER' and tenant_id is null and mall_id is null and partner_code is not null));

-- A client's secrets: during a rotation it holds two active ones (the new one, and the old one
-- until it expires or is revoked). A secret is never changed once written, only expired or revoked.
-- The secret itself is kept because the HMAC check needs it; the portal shows it once, at creation.
create table api_client_secret (
    key_id        varchar2(64 char)        not null
                  references api_client (key_id) deferrable initially deferred,
    secret_no     number(10)               not null,
    secret        varchar2(128 char)       not null,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone,
    revoked_at    timestamp with time zone,
    last_used_at  timestamp with time zone,
    primary key (key_id, secret_no)
);

-- every existing key keeps working with its one secret
insert into api_client_secret (key_id, secret_no, secret, created_at)
select key_id, 1, secret, created_at from api_client;

alter table api_client drop column secret;

-- which secret signed the request: the purge rolls it up into last_used_at
alter table request_nonce add (secret_no number(10));
