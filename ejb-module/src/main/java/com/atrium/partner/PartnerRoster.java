package com.atrium.partner;

import com.atrium.security.CurrentCaller;
import com.atrium.security.PartnerDirectory;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The partner context's answer to the security context below it ({@link PartnerDirectory}): a
 * partner key names an existing partner, and whether the caller may see it. Says nothing else of
 * the partner.
 */
@Stateless
@Local(PartnerDirectory.class)
public class PartnerRoster implements PartnerDirectory {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject CurrentCaller caller;

  @Override
  public boolean exists(String partnerCode) {
    return partnerCode != null
        && !em.createNamedQuery("Partner.byCode", Partner.class)
            .setParameter("code", partnerCode)
            .getResultList()
            .isEmpty();
  }

  @Override
  public boolean visible(String partnerCode) {
    return partnerCode != null
        && em.createNamedQuery("Partner.byCode", Partner.class)
            .setParameter("code", partnerCode)
            .getResultStream()
            .anyMatch(p -> p.mallId() == null || caller.maySeeMall(p.mallId()));
  }
}
