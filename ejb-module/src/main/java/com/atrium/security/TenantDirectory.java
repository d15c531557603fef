package com.atrium.security;

/**
 * What this context asks about tenants, answered by the tenant context, which sits above it and so
 * cannot be called from here: security declares the question, tenant implements it (an EJB of the
 * tenant context with this local view).
 */
public interface TenantDirectory {

  /** Whether a tenant with this id exists, active or not, whoever asks. */
  boolean exists(long tenantId);
}
