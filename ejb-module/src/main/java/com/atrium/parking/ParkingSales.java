package com.atrium.parking;

import com.atrium.earning.SaleRecorded;
import com.atrium.earning.SaleRefunded;
import com.atrium.platform.Clock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Keeps {@link ParkingSale} in the transactions of the sales and refunds it copies, within the
 * {@link SaleCopyWindow}: a sale that occurred before it (a late upload) is not copied, and a quote
 * for such a day asks the earning context. Purges older copies nightly (every instance: deleting
 * twice is harmless).
 */
@Stateless
@PermitAll
public class ParkingSales {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Clock clock;
  @Inject SaleCopyWindow window;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recorded(@Observes SaleRecorded sale) {
    if (window.covers(sale.occurredAt(), clock.now())) {
      em.persist(
          new ParkingSale(
              sale.saleId(),
              sale.memberId(),
              sale.mallId(),
              sale.tenantId(),
              sale.occurredAt(),
              sale.amount()));
    }
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void refunded(@Observes SaleRefunded refund) {
    ParkingSale copy = em.find(ParkingSale.class, refund.saleId());
    if (copy != null) {
      copy.refunded(refund.amount());
    }
  }

  @Schedule(hour = "4", minute = "45", persistent = false)
  void nightly() {
    purge(clock.now());
  }

  /** Deletes the copies of sales that occurred before the window; the nightly job's work. */
  public int purge(Instant now) {
    return em.createNamedQuery("ParkingSale.purge")
        .setParameter("before", window.start(now))
        .executeUpdate();
  }
}
