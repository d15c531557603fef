-- A right with grants is retired rather than deleted (docs/partners.md, "Rights in the portal"):
-- from retired_at on no new grant names it; the grants made before run to their end.
alter table partner_right add (retired_at timestamp with time zone);
