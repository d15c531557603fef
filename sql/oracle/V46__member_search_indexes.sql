-- Twin of sql/postgresql/V46__member_search_indexes.sql.
create index member_phone_last4_idx on member (substr(phone, 8, 4));

-- No twin of member_card_trgm_idx: Oracle has no trigram index outside Oracle Text (a CONTEXT
-- index queried with contains(), synchronised apart from the transaction). card_number like
-- '%1234%' reads the unique index on card_number whole (an index fast full scan, the 12-digit
-- keys only, not the table); docs/oracle.md gives the figures and the Oracle Text option.
