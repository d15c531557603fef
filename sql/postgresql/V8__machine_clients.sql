-- Machine clients of every kind (docs/security.md, "Machine clients"). A client's kind decides its
-- role, the API prefix it may call and its scope: POS -> one tenant, CAR_PARK and WIFI_CONTROLLER
-- -> one mall, PARTNER -> one partner. The partner context does not exist yet: partner_code holds
-- the partner's code and becomes a foreign key to the partner table when that context lands.
alter table api_client add column mall_id bigint references mall (id) deferrable initially deferred;
alter table api_client add column partner_code varchar(32);
alter table api_client add column description varchar(200);
-- rolled up from request_nonce by NonceStore's purge (never written by a signed request itself)
alter table api_client add column last_used_at timestamptz;

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
    key_id        varchar(64)  not null references api_client (key_id) deferrable initially deferred,
    secret_no     integer      not null,
    secret        varchar(128) not null,
    created_at    timestamptz  not null,
    expires_at    timestamptz,
    revoked_at    timestamptz,
    last_used_at  timestamptz,
    primary key (key_id, secret_no)
);

-- every existing key keeps working with its one secret
insert into api_client_secret (key_id, secret_no, secret, created_at)
select key_id, 1, secret, created_at from api_client;

alter table api_client drop column secret;

-- which secret signed the request: the purge rolls it up into last_used_at
alter table request_nonce add column secret_no integer;
