-- The operator's logins page: a login whose password an admin set (created or reset) must choose
-- its own at the next login. Existing logins keep theirs.
alter table app_user add column must_change_password boolean not null default false;

-- The audit log page filters by actor, by action or by subject, newest first within a date range;
-- audit_event_at_idx (V1) serves the unfiltered page.
create index audit_event_actor_at_idx on audit_event (actor, at);
create index audit_event_action_at_idx on audit_event (action, at);
create index audit_event_subject_idx on audit_event (subject, subject_id);
