-- Twin of sql/postgresql/V38__partner_deposit_reference.sql (Oracle leaves rows whose reference is
-- null out of the unique index, as PostgreSQL treats nulls as distinct).
alter table partner_deposit_movement add reference varchar2(64 char);
create unique index partner_deposit_reference_uq
    on partner_deposit_movement (partner_id, reference);
