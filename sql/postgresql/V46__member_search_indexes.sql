-- Member search by the last 4 digits of a phone and by any 4+ consecutive digits of a card number
-- (issue 12, point 8), fast on a million members: both were sequential scans of every member.
--
-- The last 4 digits: phones are stored normalised to their 11 digits (PhoneNumber), so the last
-- four are substr(phone, 8, 4); MemberService.search writes exactly this expression so that the
-- planner matches it to the index.
create index member_phone_last4_idx on member (substr(phone, 8, 4));

-- Any part of a card number: card_number like '%1234%' cannot use a b-tree; a trigram GIN index
-- can (pg_trgm ships with PostgreSQL's contrib, also in the embedded quick-start database, and is a
-- trusted extension since PostgreSQL 13, so the database owner may create it; where the owner may
-- not, a DBA runs the statement once before the migration). The Oracle twin has no such index: see
-- docs/oracle.md.
create extension if not exists pg_trgm;
create index member_card_trgm_idx on member using gin (card_number gin_trgm_ops);
