-- Twin of sql/postgresql/V39__partner_exchange_state_index.sql.
create index partner_exchange_state_idx on partner_exchange (state, requested_at);
