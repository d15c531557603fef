-- a refund that takes back the spend of an upgrade its sale brought undoes it: cause REFUNDED
alter table tier_change drop constraint tier_change_cause_ck;
alter table tier_change add constraint tier_change_cause_ck
    check (cause in ('QUALIFIED', 'REVIEW', 'MANUAL', 'FLOOR', 'REFUNDED'));
