package com.atrium.earning;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The earning context's door for refunds (redemption context): finds a tenant's sale by receipt
 * number and locks its row for the caller's transaction, so that concurrent refunds of one sale see
 * each other's totals.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RefundableSales {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  public Optional<RefundableSale> lockByReceipt(long tenantId, String receiptNumber) {
    return em.createNamedQuery("Sale.byReceipt", Sale.class)
        .setParameter("tenant", tenantId)
        .setParameter("receipt", receiptNumber)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .map(
            s ->
                new RefundableSale(
                    s.id(),
                    s.tenantId(),
                    s.mallId(),
                    s.memberId(),
                    s.receiptNumber(),
                    s.amount(),
                    s.points(),
                    s.journalEntryId()));
  }
}
