package com.atrium.security;

import com.atrium.audit.AuditLog;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Manages the people who log in: operator staff and merchant assistants. Only an operator admin
 * grants or withdraws access, and every such change is audited.
 */
@Stateless
public class UserService {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  private static final Set<String> OPERATOR_ROLES = Set.of(Roles.OPERATORS);

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Passwords passwords;
  @EJB AuditLog audit;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public AppUser createMerchantAssistant(
      long tenantId, String username, String displayName, String password) {
    Number tenants =
        (Number)
            em.createNativeQuery("select count(*) from tenant where id = ?1")
                .setParameter(1, tenantId)
                .getSingleResult();
    if (tenants.longValue() == 0) {
      throw DomainException.notFound("TENANT_NOT_FOUND", "No tenant with id " + tenantId);
    }
    return create(username, displayName, password, tenantId, Set.of(Roles.MERCHANT_ASSISTANT));
  }

  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public AppUser createOperatorUser(
      String username, String displayName, String password, Set<String> roles) {
    if (roles == null || roles.isEmpty() || !OPERATOR_ROLES.containsAll(roles)) {
      throw DomainException.invalid(
          "ROLES_INVALID", "roles", "An operator user holds one or more operator roles");
    }
    return create(username, displayName, password, null, roles);
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

  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public void enable(long userId) {
    AppUser user = require(userId);
    var before = user.snapshot();
    user.enable();
    audit.record("USER_ENABLED", "app_user", userId, before, user.snapshot());
  }

  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public void disable(long userId) {
    AppUser user = require(userId);
    var before = user.snapshot();
    user.disable();
    audit.record("USER_DISABLED", "app_user", userId, before, user.snapshot());
  }

  private AppUser create(
      String username, String displayName, String password, Long tenantId, Set<String> roles) {
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
    PasswordPolicy.require(password);
    boolean taken =
        !em.createNamedQuery("AppUser.byUsername", AppUser.class)
            .setParameter("username", name)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw DomainException.conflict("USERNAME_TAKEN", "The username " + name + " is taken");
    }
    AppUser user =
        new AppUser(
            name, displayName.trim(), passwords.hash(password), tenantId, roles, clock.now());
    em.persist(user);
    em.flush();
    audit.record("USER_CREATED", "app_user", user.id(), null, user.snapshot());
    return user;
  }

  private AppUser require(long userId) {
    AppUser user = em.find(AppUser.class, userId);
    if (user == null) {
      throw DomainException.notFound("USER_NOT_FOUND", "No user with id " + userId);
    }
    return user;
  }
}
