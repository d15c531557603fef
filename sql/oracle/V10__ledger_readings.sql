-- The ledger read API (LedgerReadings) starts every figure from the entries booked in a period
-- (recorded_at in [from, to)) and follows them to their lines, lots and consumptions through the
-- existing entry indexes. One more index entry per journal entry, always at the right-hand end.
create index journal_entry_recorded_idx on journal_entry (recorded_at);
