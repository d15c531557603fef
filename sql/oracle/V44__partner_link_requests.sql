-- Twin of sql/postgresql/V44__partner_link_requests.sql.
-- Each link-code request a partner made (docs/partners.md, "Linking"), so that a partner may ask
-- only so many codes a business day for one member reference and for one phone. phone_key is
-- SHA-256 over the partner, the day and the normalised phone; rows older than yesterday are
-- deleted as requests come in.
create table partner_link_request (
    id            number(19)          primary key,
    partner_id    number(19)          not null references partner (id) deferrable initially deferred,
    member_ref    varchar2(64 char)   not null,
    phone_key     varchar2(64 char)   not null,
    business_day  date                not null,
    requested_at  timestamp with time zone not null
);
create index partner_link_request_ref_idx on partner_link_request (partner_id, business_day, member_ref);
create index partner_link_request_phone_idx on partner_link_request (partner_id, business_day, phone_key);
create index partner_link_request_day_idx on partner_link_request (business_day);
