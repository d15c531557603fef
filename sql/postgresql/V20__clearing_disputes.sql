-- Tenant managers and their disputes of clearing statements (docs/clearing.md, "Disputes").
--
-- MERCHANT_MANAGER is a login bound to one tenant, like the store assistant: it reads its tenant's
-- statements once a run is in review and may dispute them.
alter table app_user_role drop constraint app_user_role_ck;
alter table app_user_role add constraint app_user_role_ck check (
    role in ('OPERATOR_ADMIN', 'OPERATOR_MARKETING', 'OPERATOR_FINANCE', 'OPERATOR_SERVICE',
             'MERCHANT_ASSISTANT', 'MERCHANT_MANAGER'));

-- A tenant manager's dispute of its statement in a run under review, optionally naming one line.
-- Finance answers it once: ACCEPTED with the agreed correction (CNY, signed from the tenant's side
-- like a statement line: positive, the operator owes the tenant), or REJECTED. A statement is
-- never edited: an accepted correction is carried into the tenant's statement of a later period
-- as an adjustment, and carried_run_id names the run that carried it (null: still to carry).
-- The original period's end (booked_to of the disputed run) is kept so that a run finds the
-- corrections due to it without reading the run table.
create table clearing_dispute (
    id                bigint         primary key,
    run_id            bigint         not null references clearing_run (id) deferrable initially deferred,
    statement_id      bigint         not null references clearing_statement (id) deferrable initially deferred,
    line_id           bigint         references clearing_line (id) deferrable initially deferred,
    mall_id           bigint         not null references mall (id) deferrable initially deferred,
    tenant_id         bigint         not null references tenant (id) deferrable initially deferred,
    period_booked_to  timestamptz    not null,
    status            varchar(10)    not null,
    comment_text      varchar(1000)  not null,
    raised_by         varchar(100)   not null,
    raised_at         timestamptz    not null,
    answer_text       varchar(1000),
    correction        numeric(14, 2),
    answered_by       varchar(100),
    answered_at       timestamptz,
    carried_run_id    bigint         references clearing_run (id) deferrable initially deferred,
    version           integer        not null,
    constraint clearing_dispute_status_ck check (status in ('OPEN', 'ACCEPTED', 'REJECTED')),
    constraint clearing_dispute_answer_ck check (
        (status = 'OPEN' and answered_at is null and answered_by is null and answer_text is null
             and correction is null)
        or (status = 'ACCEPTED' and answered_at is not null and answered_by is not null
             and answer_text is not null and correction is not null)
        or (status = 'REJECTED' and answered_at is not null and answered_by is not null
             and answer_text is not null and correction is null)),
    constraint clearing_dispute_carried_ck check (carried_run_id is null or status = 'ACCEPTED')
);
create index clearing_dispute_run_idx on clearing_dispute (run_id, status);
create index clearing_dispute_tenant_idx on clearing_dispute (tenant_id, raised_at);
create index clearing_dispute_pending_idx on clearing_dispute (mall_id, status, carried_run_id);
