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

  /** A sale by id, unlocked: a void or a desk refund reads it before refunding by receipt. */
  public Optional<RefundableSale> find(long saleId) {
    return Optional.ofNullable(em.find(Sale.class, saleId)).map(RefundableSales::view);
  }

  public Optional<RefundableSale> lockByReceipt(long tenantId, String receiptNumber) {
    return em.createNamedQuery("Sale.byReceipt", Sale.class)
        .setParameter("tenant", tenantId)
        .setParameter("receipt", receiptNumber)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .map(RefundableSales::view);
  }

  private static RefundableSale view(Sale s) {
    return new RefundableSale(
        s.id(),
        s.tenantId(),
        s.mallId(),
        s.memberId(),
        s.receiptNumber(),
        s.amount(),
        s.points(),
        s.journalEntryId(),
        s.occurredAt(),
        s.recordedAt());
  }
}
