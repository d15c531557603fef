package com.atrium.parking;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The parking charges of a mall's settlements booked (settled) in {@code [from, to)}, summed per
 * payer, of settlements not released: the set-based form of {@link ParkingCharges#forPeriod} that
 * clearing puts on its statements (one aggregate query, however many sessions). Clearing cuts by
 * booked time, as it cuts the ledger: a month's run takes the settlements made in that month.
 */
@Stateless
@PermitAll
public class ParkingChargeSums {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  public List<ChargeSum> forPeriod(long mallId, Instant from, Instant to) {
    return em.createQuery(
            "select new com.atrium.parking.ChargeSum(c.payerKind, c.tenantId, c.partnerCode,"
                + " sum(c.minutes), sum(c.amount), count(distinct s.id), min(s.id), max(s.id))"
                + " from ParkingCharge c, ParkingSettlement s where s.id = c.settlementId"
                + " and c.mallId = :mall and s.settledAt >= :from and s.settledAt < :to"
                + " and s.state = com.atrium.parking.SettlementState.SETTLED"
                + " group by c.payerKind, c.tenantId, c.partnerCode"
                + " order by c.payerKind, c.tenantId, c.partnerCode",
            ChargeSum.class)
        .setParameter("mall", mallId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }
}
