package com.atrium.security;

import com.atrium.audit.AuditLog;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Manages the people who log in: operator staff and merchant assistants. Only an operator admin
 * grants or withdraws access, every such change is audited (never with a password or its hash), and
 * no change leaves the operator without an enabled admin ({@link LoginRules}).
 */
@Stateless
public class UserService {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Passwords passwords;
  @EJB AuditLog audit;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @EJB TenantDirectory tenants;

  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public AppUser createMerchantAssistant(
      long tenantId, String username, String displayName, String password) {
    caller.requireGroupWide();
    return create(
        username, displayName, password, tenantId, null, Set.of(Roles.MERCHANT_ASSISTANT));
  }

  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public AppUser createOperatorUser(
      String username, String displayName, String password, Set<String> roles) {
    caller.requireGroupWide();
    return create(username, displayName, password, null, null, roles);
  }

  /**
   * A new login with the roles given; a store's login ({@link Roles#TENANT_BOUND}) names its
   * tenant, an operator login none, and is group-wide ({@code mallId} null) or confined to one mall
   * (an id from the tenant context's mall registry; the foreign key refuses any other). The
   * password the admin chose is temporary: the person replaces it at their first login.
   */
  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public Login createLogin(
      String username,
      String displayName,
      String password,
      Set<String> roles,
      Long tenantId,
      Long mallId) {
    caller.requireGroupWide();
    return Login.of(create(username, displayName, password, tenantId, mallId, roles));
  }

  /**
   * Logins whose username or display name contains {@code query}, holding {@code role} and bound to
   * {@code tenantId} (each criterion skipped when null), by username.
   */
  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public Page<Login> search(String query, String role, Long tenantId, int offset, int limit) {
    caller.requireGroupWide();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    String pattern = null;
    if (query != null && !query.isBlank()) {
      pattern = "%" + query.trim().toLowerCase(Locale.ROOT) + "%";
      where.append(" and (lower(u.username) like :q or lower(u.displayName) like :q)");
    }
    if (role != null) {
      where.append(" and :role member of u.roles");
    }
    if (tenantId != null) {
      where.append(" and u.tenantId = :tenant");
    }
    TypedQuery<AppUser> rows =
        em.createQuery("select u from AppUser u" + where + " order by u.username", AppUser.class);
    TypedQuery<Long> count = em.createQuery("select count(u) from AppUser u" + where, Long.class);
    for (TypedQuery<?> q : List.of(rows, count)) {
      if (pattern != null) {
        q.setParameter("q", pattern);
      }
      if (role != null) {
        q.setParameter("role", role);
      }
      if (tenantId != null) {
        q.setParameter("tenant", tenantId);
      }
    }
    int size = Page.clampLimit(limit);
    int start = Math.max(0, offset);
    return new Page<>(
        rows.setFirstResult(start).setMaxResults(size).getResultList().stream()
            .map(Login::of)
            .toList(),
        start,
        size,
        count.getSingleResult());
  }

  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public Login get(long userId) {
    caller.requireGroupWide();
    return Login.of(require(userId));
  }

  /** The assistants of one tenant; a merchant assistant sees only their own tenant's. */
  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE,
    Roles.MERCHANT_ASSISTANT
  })
  public List<AppUser> listAssistants(long tenantId) {
    if (!caller.maySee(tenantId)) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN, "TENANT_FORBIDDEN", null, "Not your tenant");
    }
    return em.createNamedQuery("AppUser.assistantsOf", AppUser.class)
        .setParameter("tenantId", tenantId)
        .getResultList();
  }

  /** New roles for a login; its tenant binding and mall stay, so the roles must fit them. */
  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public Login changeRoles(long userId, Set<String> roles) {
    return changeAccess(userId, roles, require(userId).mallId().orElse(null));
  }

  /**
   * New roles and mall scope for a login, in one audited change; its tenant binding stays. An
   * enabled group-wide admin always remains (only they manage logins).
   */
  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public Login changeAccess(long userId, Set<String> roles, Long mallId) {
    caller.requireGroupWide();
    AppUser user = require(userId);
    LoginRules.requireRoles(roles, user.tenantId().orElse(null));
    LoginRules.requireScope(roles, mallId);
    LoginRules.requireAnAdminLeft(
        lockEnabledAdmins(), userId, user.isEnabled() && mallId == null, roles);
    var before = user.snapshot();
    boolean mallChanged = !Objects.equals(user.mallId().orElse(null), mallId);
    user.changeRoles(roles);
    user.confineTo(mallId);
    // one record: its before and after states show the roles and the mall
    audit.record(
        mallChanged ? "USER_MALL_CHANGED" : "USER_ROLES_CHANGED",
        "app_user",
        userId,
        before,
        user.snapshot());
    return Login.of(user);
  }

  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public void enable(long userId) {
    caller.requireGroupWide();
    AppUser user = require(userId);
    var before = user.snapshot();
    user.enable();
    audit.record("USER_ENABLED", "app_user", userId, before, user.snapshot());
  }

  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public void disable(long userId) {
    caller.requireGroupWide();
    AppUser user = require(userId);
    LoginRules.requireAnAdminLeft(lockEnabledAdmins(), userId, false, user.roles());
    var before = user.snapshot();
    user.disable();
    audit.record("USER_DISABLED", "app_user", userId, before, user.snapshot());
  }

  /**
   * Gives the login a new temporary password, generated here and returned once to be handed over;
   * only its hash is kept. It ends a lockout, and the person must choose their own at the next
   * login.
   */
  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public String resetPassword(long userId) {
    caller.requireGroupWide();
    AppUser user = require(userId);
    var before = user.snapshot();
    String temporary = TemporaryPasswords.generate();
    user.resetPassword(passwords.hash(temporary));
    audit.record("USER_PASSWORD_RESET", "app_user", userId, before, user.snapshot());
    return temporary;
  }

  /** Ends a lockout before its time. */
  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public void unlock(long userId) {
    caller.requireGroupWide();
    AppUser user = require(userId);
    var before = user.snapshot();
    user.unlock();
    audit.record("USER_UNLOCKED", "app_user", userId, before, user.snapshot());
  }

  /**
   * The enabled group-wide admins, their rows locked until the transaction ends: two admins
   * disabling each other at once are serialised, so the second sees the first's change and is
   * refused.
   */
  private List<Long> lockEnabledAdmins() {
    List<?> ids =
        em.createNativeQuery(
                "select u.id from app_user u where u.enabled = ?1 and u.mall_id is null and exists (select 1 from"
                    + " app_user_role r where r.user_id = u.id and r.role = ?2) for update")
            .setParameter(1, true)
            .setParameter(2, Roles.OPERATOR_ADMIN)
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  private AppUser create(
      String username,
      String displayName,
      String password,
      Long tenantId,
      Long mallId,
      Set<String> roles) {
    String name = username == null ? "" : username.trim();
    if (!USERNAME.matcher(name).matches()) {
      throw DomainException.invalid(
          "USERNAME_INVALID",
          "username",
          "3 to 64 lower-case letters, digits, dots, dashes or underscores");
    }
    if (displayName == null || displayName.isBlank()) {
      throw DomainException.invalid(
          "DISPLAY_NAME_REQUIRED", "displayName", "A display name is required");
    }
    LoginRules.requireRoles(roles, tenantId);
    LoginRules.requireScope(roles, mallId);
    if (tenantId != null) {
      requireTenant(tenantId);
    }
    PasswordPolicy.require(password);
    boolean taken =
        !em.createNamedQuery("AppUser.byUsername", AppUser.class)
            .setParameter("username", name)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "USERNAME_TAKEN",
          "username",
          "The username " + name + " is taken");
    }
    AppUser user =
        new AppUser(
            name,
            displayName.trim(),
            passwords.hash(password),
            tenantId,
            mallId,
            roles,
            clock.now());
    em.persist(user);
    em.flush();
    audit.record("USER_CREATED", "app_user", user.id(), null, user.snapshot());
    return user;
  }

  private void requireTenant(long tenantId) {
    if (!tenants.exists(tenantId)) {
      throw DomainException.notFound("TENANT_NOT_FOUND", "No tenant with id " + tenantId);
    }
  }

  private AppUser require(long userId) {
    AppUser user = em.find(AppUser.class, userId);
    if (user == null) {
      throw DomainException.notFound("USER_NOT_FOUND", "No user with id " + userId);
    }
    return user;
  }
}
