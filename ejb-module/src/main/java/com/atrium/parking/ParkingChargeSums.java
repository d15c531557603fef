package com.atrium.parking;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The parking charges of a mall's settlements booked (settled) in {@code [from, to)}, summed per
 * payer, of settlements standing at the period's end: the set-based form of {@link
 * ParkingCharges#forPeriod} that clearing puts on its statements (one aggregate query, however many
 * sessions). Clearing cuts by booked time, as it cuts the ledger: a month's run takes the
 * settlements made in that month, and a release is booked when it happens, so a settlement released
 * at or after its period's end still counts in its period and is given back in the period of its
 * release ({@link #releasedIn}), as a late refund is (docs/clearing.md, "Parking").
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
                + " and (s.state = com.atrium.parking.SettlementState.SETTLED"
                + " or s.releasedAt >= :to)"
                + " group by c.payerKind, c.tenantId, c.partnerCode"
                + " order by c.payerKind, c.tenantId, c.partnerCode",
            ChargeSum.class)
        .setParameter("mall", mallId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /**
   * The charges given back in {@code [from, to)}: of the mall's settlements booked before {@code
   * from} and released in the period, per settlement and payer, earliest settlement first (one
   * aggregate query; V54 indexes settlements by mall and release time).
   */
  public List<ReleasedChargeSum> releasedIn(long mallId, Instant from, Instant to) {
    return em.createQuery(
            "select new com.atrium.parking.ReleasedChargeSum(s.id, s.sessionId, s.settledAt,"
                + " c.payerKind, c.tenantId, c.partnerCode, sum(c.minutes), sum(c.amount))"
                + " from ParkingCharge c, ParkingSettlement s where s.id = c.settlementId"
                + " and s.mallId = :mall and s.releasedAt >= :from and s.releasedAt < :to"
                + " and s.settledAt < :from"
                + " group by s.id, s.sessionId, s.settledAt, c.payerKind, c.tenantId, c.partnerCode"
                + " order by s.settledAt, s.id, c.payerKind, c.tenantId, c.partnerCode",
            ReleasedChargeSum.class)
        .setParameter("mall", mallId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }
}
