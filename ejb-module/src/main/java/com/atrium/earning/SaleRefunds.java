package com.atrium.earning;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps each sale's refunded total, in the refund's own transaction: the redemption context books
 * refunds (and voids, which are refunds) with the sale's row locked ({@link RefundableSales}) and
 * fires {@link SaleRefunded}; the spend views then net it (parking's same-day spend).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SaleRefunds {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  // before the other observers (tier's), which read the spend this nets
  public void refunded(@Observes @Priority(Interceptor.Priority.APPLICATION) SaleRefunded refund) {
    Sale sale = em.find(Sale.class, refund.saleId());
    if (sale != null) {
      sale.refunded(refund.amount());
    }
  }
}
