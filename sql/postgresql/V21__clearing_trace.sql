-- Traceable clearing lines (docs/clearing.md, "Traceability" and "Late entries").
--
-- A line's drill-down walks one account's journal lines in entry order between the first and the
-- last entry behind the line (kept on the line), so the account's index now carries the entry id:
-- one index range per page instead of every line the account ever had. It replaces the index on
-- the account alone (same entries, a few bytes wider), so a posting writes no more index entries.
drop index journal_line_account_idx;
create index journal_line_account_idx on journal_line (account_id, entry_id);

-- Per line: how many journal entries are behind it and the first and last of them (null on lines
-- stored before this version). An adjustment line names what it adjusts: source ENTRY is a late
-- reversal's original journal entry (its id, its reference as the ledger wrote it, when it was
-- booked and the start of its period in the run's period kind); a dispute's correction will be
-- source DISPUTE.
alter table clearing_line add entry_count bigint;
alter table clearing_line add first_entry_id bigint;
alter table clearing_line add last_entry_id bigint;
alter table clearing_line add adjusts_source varchar(16);
alter table clearing_line add adjusts_id bigint;
alter table clearing_line add adjusts_reference varchar(200);
alter table clearing_line add adjusts_booked_at timestamptz;
alter table clearing_line add adjusts_period_start date;
alter table clearing_line add constraint clearing_line_adjusts_ck
    check (adjusts_source is null or (adjusts_source in ('ENTRY', 'DISPUTE') and adjusts_id is not null));
