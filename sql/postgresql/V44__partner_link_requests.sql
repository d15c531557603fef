-- Each link-code request a partner made (docs/partners.md, "Linking"), so that a partner may ask
-- only so many codes a business day for one member reference and for one phone
-- (atrium.partner.link-codes-per-reference-per-day, ...-per-phone-per-day). Counted alike whether
-- the phone is a member's or not. phone_key is SHA-256 over the partner, the day and the
-- normalised phone: equal within one partner's day, useless for joining across partners or days;
-- rows older than yesterday are deleted as requests come in.
create table partner_link_request (
    id            bigint        primary key,
    partner_id    bigint        not null references partner (id) deferrable initially deferred,
    member_ref    varchar(64)   not null,
    phone_key     varchar(64)   not null,
    business_day  date          not null,
    requested_at  timestamptz   not null
);
create index partner_link_request_ref_idx on partner_link_request (partner_id, business_day, member_ref);
create index partner_link_request_phone_idx on partner_link_request (partner_id, business_day, phone_key);
create index partner_link_request_day_idx on partner_link_request (business_day);
