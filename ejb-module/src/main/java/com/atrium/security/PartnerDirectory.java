package com.atrium.security;

/**
 * What this context asks about partners, answered by the partner context above it (as {@link
 * TenantDirectory} is by the tenant context): a partner key names an existing partner.
 */
public interface PartnerDirectory {

  /** Whether a partner with this code exists, active or not, whoever asks. */
  boolean exists(String partnerCode);
}
