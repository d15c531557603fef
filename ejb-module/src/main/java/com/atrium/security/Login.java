package com.atrium.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * What the logins page shows of a login; never its password or hash.
 *
 * @param mallId the one mall an operator login is confined to; null for group-wide staff
 */
public record Login(
    long id,
    String username,
    String displayName,
    Long tenantId,
    Long mallId,
    Set<String> roles,
    boolean enabled,
    Instant lockedUntil,
    boolean mustChangePassword,
    Instant lastLoginAt,
    Instant createdAt)
    implements Serializable {

  public Login {
    roles = Set.copyOf(roles);
  }

  static Login of(AppUser u) {
    return new Login(
        u.id(),
        u.username(),
        u.displayName(),
        u.tenantId().orElse(null),
        u.mallId().orElse(null),
        u.roles(),
        u.isEnabled(),
        u.lockedUntil().orElse(null),
        u.mustChangePassword(),
        u.lastLoginAt().orElse(null),
        u.createdAt());
  }

  /** Locked by failed logins at {@code now}. */
  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
