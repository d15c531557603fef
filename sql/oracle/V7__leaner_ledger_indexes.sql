-- Fewer index entries per credit: every accrual writes a journal entry and a lot.
-- The reminder job's query (points_remaining > 0, expires_at in a window) is served by
-- points_lot_due_idx, so points_lot_expires_idx cost an index insert per lot and served nothing.
drop index points_lot_expires_idx;

-- journal_entry_reverses_idx stays as it is: an Oracle B-tree index keeps no entry for a row
-- whose key is null, so it already holds only reversals (PostgreSQL V7 makes its index partial).
