package com.atrium.security;

import com.atrium.platform.DomainException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/**
 * The rules of who may hold which login, apart from the database: a login holds roles people may
 * hold; a tenant-bound role (a store's staff) means exactly one tenant and no operator role; an
 * operator login belongs to no tenant; and no change leaves the operator without an enabled admin.
 */
public final class LoginRules {

  private static final Set<String> PEOPLE = Set.of(Roles.PEOPLE);
  private static final Set<String> TENANT_BOUND = Set.of(Roles.TENANT_BOUND);

  private LoginRules() {}

  /** Refuses a role set that a login with this tenant (null: none) may not hold. */
  public static void requireRoles(Set<String> roles, Long tenantId) {
    if (roles == null || roles.isEmpty() || !PEOPLE.containsAll(roles)) {
      throw DomainException.invalid(
          "ROLES_INVALID",
          "roles",
          "A login holds one or more of " + Arrays.toString(Roles.PEOPLE));
    }
    boolean bound = roles.stream().anyMatch(TENANT_BOUND::contains);
    if (bound && !TENANT_BOUND.containsAll(roles)) {
      throw DomainException.invalid(
          "ROLES_MIXED", "roles", "A store's login holds no operator role");
    }
    if (bound && tenantId == null) {
      throw DomainException.invalid(
          "TENANT_REQUIRED", "tenant", "A store's login is bound to exactly one tenant");
    }
    if (!bound && tenantId != null) {
      throw DomainException.invalid(
          "TENANT_NOT_ALLOWED", "tenant", "An operator login is bound to no tenant");
    }
  }

  /**
   * Refuses a change that would leave no enabled admin: {@code enabledAdmins} are the ids of the
   * enabled admins before the change, which makes login {@code userId} enabled or not and gives it
   * {@code rolesAfter}.
   */
  public static void requireAnAdminLeft(
      Collection<Long> enabledAdmins, long userId, boolean enabledAfter, Set<String> rolesAfter) {
    boolean stillAdmin = enabledAfter && rolesAfter.contains(Roles.OPERATOR_ADMIN);
    boolean othersLeft = enabledAdmins.stream().anyMatch(id -> id != userId);
    if (!stillAdmin && !othersLeft) {
      throw DomainException.conflict(
          "LAST_ADMIN", "The operator keeps at least one enabled administrator");
    }
  }
}
