-- The demo plates (docs/parking.md, "The demo plates"): 沪AD12345 (new energy) bound to the first
-- demo member (card 880000059506), 沪B54321 to the second, each with the plate consent given 40
-- days ago. The ciphertexts and blind indexes were made with the DEMO keys (version 1) in
-- ejb-module's microprofile-config.properties: with other keys these plates are not found, and the
-- rekeying job cannot read them (a real deployment has no demo data).
insert into plate_consent (id, member_id, text_version, given_at, given_by)
select nextval('atrium_seq'), m.id, 'PLATES-2026-12', now() - interval '40 days', 'demo'
  from (select id from member order by id limit 2) m
 where not exists (select 1 from plate_consent c where c.member_id = m.id and c.withdrawn_at is null);

insert into plate_binding (id, member_id, ciphertext, key_version, blind_index, index_version, masked,
                           bound_at, bound_by)
select nextval('atrium_seq'), m.id, p.ciphertext, 1, p.blind_index, 1, p.masked,
       now() - interval '40 days', 'demo'
  from (select id, row_number() over (order by id) as n from member order by id limit 2) m
  join (values (1, 'uNMRM46yzgZb0XFAAHreDPaPFI54PO9eg7PP8u+uUxPkT4ZOE3U=',
                '6fc3d541877ac0af6aa93621b5f1dc6e52cfebe3cd991190c1c35416ca09b787', '沪A·****45'),
               (2, 'VCK1TtW0+CZOfcxmBAHh97e11zK9zfDnG8pB8yYJDD1yEq2G0A==',
                '8122c6e695dc89a1885e90baa75927cc59d46dd3560c7efb0c088dfcf854b301', '沪B·***21'))
       p (n, ciphertext, blind_index, masked) on p.n = m.n
 where not exists (select 1 from plate_binding b where b.blind_index = p.blind_index
                                                   and b.unbound_at is null);
