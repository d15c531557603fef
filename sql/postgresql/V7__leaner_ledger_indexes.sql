-- Fewer index entries per credit: every accrual writes a journal entry and a lot.
-- The reminder job's query (points_remaining > 0, expires_at in a window) is served by
-- points_lot_due_idx, so points_lot_expires_idx cost an index insert per lot and served nothing.
drop index points_lot_expires_idx;

-- Only reversals have reverses_entry_id; the index now holds just those.
drop index journal_entry_reverses_idx;
create index journal_entry_reverses_idx on journal_entry (reverses_entry_id)
    where reverses_entry_id is not null;
