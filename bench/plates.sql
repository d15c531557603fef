-- Bench plates, set-based: the first :plates bench members (members.sql, phones 199xxxxxxxx) each
-- bind 沪B<n, 5 digits>, found by the blind index the car park's quote looks up: hex HMAC-SHA256
-- of the normalised plate under the demo index key (microprofile-config.properties,
-- atrium.parking.index-keys version 1), computed with pgcrypto. The ciphertext is a placeholder:
-- the quote never decrypts a plate (it shows the stored mask), nothing in the bench reads it.
\set ON_ERROR_STOP on
create extension if not exists pgcrypto;
begin;
insert into plate_consent (id, member_id, text_version, given_at, given_by)
select nextval('atrium_seq'), m.id, 'PLATES-2026-12', now(), 'bench'
  from member m
 where m.phone between '19900000001' and '199' || lpad(:plates::text, 8, '0');

insert into plate_binding (id, member_id, ciphertext, key_version, masked, bound_at, bound_by,
                           blind_index, index_version)
select nextval('atrium_seq'), m.id, 'bench-placeholder', 1,
       '沪B·***' || right(lpad((substr(m.phone, 4)::int)::text, 5, '0'), 2), now(), 'bench',
       encode(hmac(convert_to('沪B' || lpad((substr(m.phone, 4)::int)::text, 5, '0'), 'UTF8'),
                   decode(:'index_key', 'base64'), 'sha256'), 'hex'),
       1
  from member m
 where m.phone between '19900000001' and '199' || lpad(:plates::text, 8, '0');
commit;
analyze plate_binding;
