package com.atrium.security;

/**
 * What this context asks about partners, answered by the partner context above it (as {@link
 * TenantDirectory} is by the tenant context): a partner key names an existing partner.
 */
public interface PartnerDirectory {

  /** Whether a partner with this code exists, active or not, whoever asks. */
  boolean exists(String partnerCode);

  /** Whether the caller may see this partner: its mall's or the whole group's. */
  boolean visible(String partnerCode);
}
