package com.atrium.parking;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** One batch of {@link PlateRekeying}, in its own transaction. */
@Stateless
@PermitAll
public class PlateRekeyBatch {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject PlateKeys keys;

  /** How many rows a batch moved, and the last id it looked at. */
  public record Done(int rows, long lastId) {}

  /** Moves up to {@code max} rows after id {@code after} to the current keys. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Done rekeyBatch(long after, int max) {
    PlateCipher cipher = keys.cipher();
    List<PlateBinding> stale =
        em.createNamedQuery("PlateBinding.stale", PlateBinding.class)
            .setParameter("after", after)
            .setParameter("key", cipher.currentKeyVersion())
            .setParameter("index", cipher.currentIndexVersion())
            .setMaxResults(max)
            .getResultList();
    long last = after;
    for (PlateBinding b : stale) {
      b.rekey(cipher);
      last = b.id();
    }
    return new Done(stale.size(), last);
  }
}
