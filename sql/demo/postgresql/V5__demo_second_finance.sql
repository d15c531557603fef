-- A second finance login of the group, finance2 (password Atrium#2026, the same stored hash as
-- finance's: the salt is inside it): a clearing run is approved by a finance user who did not start
-- it (four eyes, docs/clearing.md), so the demo's closed months need two.
insert into app_user (id, username, password_hash, display_name, tenant_id, created_at)
select nextval('atrium_seq'), 'finance2', u.password_hash, '财务复核 Finance reviewer', null,
       u.created_at
  from app_user u
 where u.username = 'finance';

insert into app_user_role (user_id, role)
select id, 'OPERATOR_FINANCE' from app_user where username = 'finance2';
