package com.atrium.earning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;

/** What a member spent, from the sales this context keeps: the view other contexts read. */
@Stateless
@PermitAll
public class MemberSpend {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /** CNY of the member's sales that occurred in {@code (after, upTo]}, less what was refunded. */
  public BigDecimal between(long memberId, Instant after, Instant upTo) {
    BigDecimal sum =
        em.createNamedQuery("Sale.spendOfMemberBetween", BigDecimal.class)
            .setParameter("member", memberId)
            .setParameter("after", after)
            .setParameter("upTo", upTo)
            .getSingleResult();
    return (sum == null ? BigDecimal.ZERO : sum).setScale(2);
  }

  /**
   * The member's sales at tenants of one mall that occurred in {@code [from, upTo]}, oldest first.
   */
  public java.util.List<MallSale> salesInMall(
      long memberId, long mallId, Instant from, Instant upTo) {
    return em.createNamedQuery("Sale.ofMemberInMall", MallSale.class)
        .setParameter("member", memberId)
        .setParameter("mall", mallId)
        .setParameter("from", from)
        .setParameter("upTo", upTo)
        .getResultList();
  }

  /**
   * The receipt numbers of sales by id (unknown ids left out), one query: how a drill-down names a
   * sale to the tenant that made it.
   */
  public java.util.Map<Long, String> receipts(java.util.Collection<Long> saleIds) {
    java.util.Map<Long, String> receipts = new java.util.HashMap<>();
    if (!saleIds.isEmpty()) {
      em.createQuery("select s.id, s.receiptNumber from Sale s where s.id in :ids", Object[].class)
          .setParameter("ids", java.util.List.copyOf(saleIds))
          .getResultStream()
          .forEach(r -> receipts.put(((Number) r[0]).longValue(), (String) r[1]));
    }
    return receipts;
  }
}
