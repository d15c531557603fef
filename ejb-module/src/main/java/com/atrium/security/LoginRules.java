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
   * Refuses a mall for a store's login: an assistant works in its tenant's mall. An operator login
   * is group-wide (no mall) or confined to one mall.
   */
  public static void requireScope(Set<String> roles, Long mallId) {
    if (mallId != null && roles.stream().anyMatch(TENANT_BOUND::contains)) {
      throw DomainException.invalid(
          "MALL_NOT_ALLOWED", "mall", "A store's login works in its tenant's mall");
    }
  }

  /**
   * Refuses a change that would leave no enabled group-wide admin (only they manage logins and
   * machine keys): {@code enabledAdmins} are the ids of the enabled group-wide admins before the
   * change, which leaves login {@code userId} an enabled group-wide login or not ({@code
   * groupWideAfter}) and gives it {@code rolesAfter}.
   */
  public static void requireAnAdminLeft(
      Collection<Long> enabledAdmins, long userId, boolean groupWideAfter, Set<String> rolesAfter) {
    boolean stillAdmin = groupWideAfter && rolesAfter.contains(Roles.OPERATOR_ADMIN);
    boolean othersLeft = enabledAdmins.stream().anyMatch(id -> id != userId);
    if (!stillAdmin && !othersLeft) {
      throw DomainException.conflict(
          "LAST_ADMIN", "The operator keeps at least one enabled group-wide administrator");
    }
  }
}
