-- Which lots each change took points from (or gave them back to), so that every spent or expired
-- point is traceable to its issuer. points > 0: taken from the lot (a debit, an expiry, a credit
-- reversed); points < 0: given back to the lot (a debit reversed). For every lot,
-- points_remaining = points_earned - sum(points of its rows); the ledger check verifies it.
create table lot_consumption (
    id        bigint primary key,
    entry_id  bigint not null references journal_entry (id) deferrable initially deferred,
    lot_id    bigint not null references points_lot (id) deferrable initially deferred,
    points    bigint not null,
    constraint lot_consumption_nonzero_ck check (points <> 0)
);
create index lot_consumption_entry_idx on lot_consumption (entry_id);
create index lot_consumption_lot_idx on lot_consumption (lot_id);

-- A reversal finds what already reversed the same original.
create index journal_entry_reverses_idx on journal_entry (reverses_entry_id);
-- A credit reversal finds the lot its credit created.
create index points_lot_credit_idx on points_lot (credit_entry_id);
-- The expiry job finds due lots across all members.
create index points_lot_due_idx on points_lot (expires_at) where points_remaining > 0;

-- At most one operator account per kind (BREAKAGE, OPERATOR_MARKETING): the ledger opens one on
-- first use when the database has none, and two instances doing so at once must not make two.
create unique index ledger_account_operator_uq on ledger_account (kind)
    where member_id is null and tenant_id is null and partner_code is null;
