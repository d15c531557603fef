package com.atrium.parking;

import com.atrium.earning.MemberSpend;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parking charges behind a clearing line, a page at a time (docs/clearing.md, "Parking"): the
 * same charges {@link ParkingChargeSums#forPeriod} summed when the run was computed ({@code asOf}:
 * a mall's settlements booked in {@code [from, to)} by then and not released by then or released at
 * or after {@code to}; a release after it leaves the charge in the drill-down, with its release
 * time), or those {@link ParkingChargeSums#releasedIn} gave back, of the payers asked for, in
 * charge id order after {@code after} (the keyset). Three queries per page, whatever the number of
 * settlements: the charges (bounded by the line's settlement id span), the sales of the page's
 * spend settlements, and their receipt numbers (from the earning context's view).
 *
 * <p>Invariant: the pages of a payer's charges sum to its {@link ChargeSum}'s minutes and amount as
 * of {@code asOf}, however the settlements stand now.
 */
@Stateless
@PermitAll
public class ParkingChargeTraces {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB MemberSpend spending;

  /** A page of the charges the line counted (of settlements booked in its period). */
  public List<SettlementCharge> charges(ChargeSelection line, long after, int limit) {
    // standing at the period's end or when the run was computed, whichever came first
    return page(
        " and s.settledAt >= :from and s.settledAt < :to and s.settledAt <= :asOf"
            + " and (s.state = com.atrium.parking.SettlementState.SETTLED"
            + " or s.releasedAt > :asOf or s.releasedAt >= :to)",
        line,
        after,
        limit);
  }

  /**
   * A page of the charges given back in {@code [from, to)} ({@link ParkingChargeSums#releasedIn}):
   * of the line's settlements booked before its period and released in it by {@code asOf}, as
   * charged when settled (each with its release time).
   */
  public List<SettlementCharge> releasedCharges(ChargeSelection line, long after, int limit) {
    return page(
        " and s.settledAt < :from and s.releasedAt >= :from and s.releasedAt < :to"
            + " and s.releasedAt <= :asOf",
        line,
        after,
        limit);
  }

  private List<SettlementCharge> page(String window, ChargeSelection line, long after, int limit) {
    var q =
        em.createQuery(
                "select new com.atrium.parking.ChargeRow(c.id, s.id, s.sessionId,"
                    + " c.businessDay, s.settledAt, c.payerKind, c.tenantId, c.partnerCode,"
                    + " c.reason, c.minutes, c.amount, s.releasedAt)"
                    + " from ParkingCharge c, ParkingSettlement s where s.id = c.settlementId"
                    + " and c.mallId = :mall"
                    + window
                    + " and s.id >= :first and s.id <= :last and c.id > :after"
                    + " and c.payerKind in :kinds"
                    + (line.tenantId() == null ? "" : " and c.tenantId = :tenant")
                    + (line.partnerCode() == null ? "" : " and c.partnerCode = :partner")
                    + " order by c.id",
                ChargeRow.class)
            .setParameter("mall", line.mallId())
            .setParameter("from", line.from())
            .setParameter("to", line.to())
            .setParameter("asOf", line.asOf())
            .setParameter("first", line.firstSettlement())
            .setParameter("last", line.lastSettlement())
            .setParameter("after", after)
            .setParameter("kinds", line.payerKinds());
    if (line.tenantId() != null) {
      q.setParameter("tenant", line.tenantId());
    }
    if (line.partnerCode() != null) {
      q.setParameter("partner", line.partnerCode());
    }
    List<ChargeRow> rows = q.setMaxResults(limit).getResultList();
    List<Long> spend =
        rows.stream()
            .filter(r -> "SPEND".equals(r.reason()))
            .map(ChargeRow::settlementId)
            .distinct()
            .toList();
    Map<Long, List<ParkingSpendSale>> sales = new HashMap<>();
    if (!spend.isEmpty()) {
      em.createQuery(
              "select p from ParkingSpendSale p where p.settlementId in :ids"
                  + " order by p.settlementId, p.saleId",
              ParkingSpendSale.class)
          .setParameter("ids", spend)
          .getResultStream()
          .forEach(p -> sales.computeIfAbsent(p.settlementId(), k -> new ArrayList<>()).add(p));
    }
    Map<Long, String> receipts =
        spending.receipts(
            sales.values().stream()
                .flatMap(List::stream)
                .map(ParkingSpendSale::saleId)
                .distinct()
                .toList());
    List<SettlementCharge> page = new ArrayList<>();
    for (ChargeRow r : rows) {
      List<SettlementCharge.SpendSale> behind =
          !"SPEND".equals(r.reason())
              ? List.of()
              : sales.getOrDefault(r.settlementId(), List.of()).stream()
                  // a tenant's spend charge: its own sales; the operator's: every sale
                  .filter(p -> r.tenantId() == null || p.tenantId() == r.tenantId())
                  .map(
                      p ->
                          new SettlementCharge.SpendSale(
                              p.saleId(), receipts.get(p.saleId()), p.tenantId(), p.amount()))
                  .toList();
      page.add(
          new SettlementCharge(
              r.chargeId(),
              r.settlementId(),
              r.sessionId(),
              r.businessDay(),
              r.settledAt(),
              r.payerKind(),
              r.tenantId(),
              r.partnerCode(),
              r.reason(),
              r.minutes(),
              r.amount(),
              r.releasedAt(),
              behind));
    }
    return page;
  }
}
