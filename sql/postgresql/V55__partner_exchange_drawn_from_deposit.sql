-- Whether an exchange in was paid from its partner's prepaid deposit, recorded when it is made: clearing
-- prices past exchanges by this fact, not by the partner's settlement mode now (docs/clearing.md,
-- "Partners"). An exchange drew from the deposit exactly when it has an EXCHANGE_IN movement; only an
-- exchange in does (Exchange refuses any other).
alter table partner_exchange add column drawn_from_deposit boolean not null default false;
update partner_exchange x
   set drawn_from_deposit = true
 where exists (select 1 from partner_deposit_movement m
                where m.exchange_id = x.id and m.reason = 'EXCHANGE_IN');
