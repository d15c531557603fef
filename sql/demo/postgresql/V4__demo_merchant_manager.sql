-- Starbucks' (FB001, XH) manager: reads FB001's clearing statements once a run is in review and
-- may dispute them (docs/clearing.md, "Tenant statements and disputes"). Password Atrium#2026, as
-- V1's logins.
insert into app_user (id, username, password_hash, display_name, tenant_id, created_at)
select nextval('atrium_seq'), 'fb001-manager',
       'PBKDF2WithHmacSHA256:600000:AXMgscz3LZeFYwb2FkbwWUALXrEICOExG5WJilKsVpk=:/PRGJHhKs+j62DEGGnS19MMWlRcNoYGuZPQygEa0xbk=',
       '星巴克店长 Starbucks Manager', t.id, now() - interval '400 days'
  from tenant t
 where t.code = 'FB001'
   and not exists (select 1 from app_user where username = 'fb001-manager');
insert into app_user_role (user_id, role)
select u.id, 'MERCHANT_MANAGER'
  from app_user u
 where u.username = 'fb001-manager'
   and not exists (select 1 from app_user_role r where r.user_id = u.id);
