-- Twin of sql/postgresql/V4__earning_rules.sql (types as in V1: bigint -> number(19), integer ->
-- number(10), varchar -> varchar2 char, timestamptz -> timestamp with time zone, text -> clob).
create table earning_rule_set (
    id              number(19)                primary key,
    version         number(10)                not null,
    effective_from  timestamp with time zone  not null,
    effective_to    timestamp with time zone,
    rules           clob                      not null,
    note            varchar2(200 char),
    created_by      varchar2(100 char)        not null,
    created_at      timestamp with time zone  not null,
    constraint earning_rule_set_version_uq unique (version),
    constraint earning_rule_set_window_ck check (effective_to is null or effective_to > effective_from)
);
create index earning_rule_set_from_idx on earning_rule_set (effective_from);

create table campaign_budget (
    code        varchar2(32 char)  primary key,
    budget      number(19)         not null,
    spent       number(19)         default 0 not null,
    constraint campaign_budget_ck check (budget >= 0 and spent >= 0)
);

create table campaign_charge (
    id                number(19)         primary key,
    campaign_code     varchar2(32 char)  not null references campaign_budget (code) deferrable initially deferred,
    journal_entry_id  number(19)         not null references journal_entry (id) deferrable initially deferred,
    points            number(19)         not null,
    constraint campaign_charge_points_ck check (points > 0)
);
create index campaign_charge_campaign_idx on campaign_charge (campaign_code);
create index campaign_charge_entry_idx on campaign_charge (journal_entry_id);
