-- A prepaid partner's top-up names the payment it records (the bank transfer's reference), once per
-- partner: the same top-up sent twice (a double click, a retried request) is recorded once.
alter table partner_deposit_movement add column reference varchar(64);
create unique index partner_deposit_reference_uq
    on partner_deposit_movement (partner_id, reference);
