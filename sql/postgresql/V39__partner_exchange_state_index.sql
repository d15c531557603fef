-- The exchanges out still pending past the alert time (the dashboard's count for finance, the
-- exchanges page's overdue list) are found by state and request time, not by a scan of every exchange.
create index partner_exchange_state_idx on partner_exchange (state, requested_at);
