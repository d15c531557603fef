-- Earning rules as data (docs/earning.md). Each row is one version of the whole rule set, a JSON
-- document (com.atrium.earning.EarningRuleSet); a sale is evaluated with the highest version whose
-- window [effective_from, effective_to) contains the sale's time. Versions are only ever added:
-- an edit publishes a new version, so the rules behind every stored explanation stay readable.
create table earning_rule_set (
    id              bigint       primary key,
    version         integer      not null,
    effective_from  timestamptz  not null,
    effective_to    timestamptz,
    rules           text         not null,
    note            varchar(200),
    created_by      varchar(100) not null,
    created_at      timestamptz  not null,
    constraint earning_rule_set_version_uq unique (version),
    constraint earning_rule_set_window_ck check (effective_to is null or effective_to > effective_from)
);
create index earning_rule_set_from_idx on earning_rule_set (effective_from);

-- A campaign's budget in points and what it has spent, across rule versions (a campaign keeps its
-- code from version to version). A sale charges it with a conditional update
-- (spent + n <= budget), so concurrent sales can never take it past the budget.
create table campaign_budget (
    code        varchar(32)  primary key,
    budget      bigint       not null,
    spent       bigint       not null default 0,
    constraint campaign_budget_ck check (budget >= 0 and spent >= 0)
);

-- Which sale credit charged how many points to which campaign: spent = the sum of its charges.
create table campaign_charge (
    id                bigint      primary key,
    campaign_code     varchar(32) not null references campaign_budget (code) deferrable initially deferred,
    journal_entry_id  bigint      not null references journal_entry (id) deferrable initially deferred,
    points            bigint      not null,
    constraint campaign_charge_points_ck check (points > 0)
);
create index campaign_charge_campaign_idx on campaign_charge (campaign_code);
create index campaign_charge_entry_idx on campaign_charge (journal_entry_id);
