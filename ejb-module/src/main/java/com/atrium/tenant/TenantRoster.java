package com.atrium.tenant;

import com.atrium.security.TenantDirectory;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The tenant context's answers to the security context below it ({@link TenantDirectory}): a
 * merchant login names an existing tenant. Says nothing else of the tenant, so it needs no
 * visibility check.
 */
@Stateless
@Local(TenantDirectory.class)
public class TenantRoster implements TenantDirectory {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Override
  public boolean exists(long tenantId) {
    return em.find(Tenant.class, tenantId) != null;
  }
}
