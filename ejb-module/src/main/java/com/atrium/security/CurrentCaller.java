package com.atrium.security;

import com.atrium.platform.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, and which tenant the call is confined to. A merchant assistant and a POS key are
 * bound to exactly one tenant; operators see every tenant. Services ask this bean, never a request
 * parameter, which tenant they may touch.
 */
@RequestScoped
public class CurrentCaller {

  @Inject SecurityContext security;
  @Inject CallerTenants tenants;

  private Optional<Long> tenantId;

  /** The POS key verified for this request and its tenant, as read with the key. */
  private String verifiedKey;

  private Optional<Long> verifiedKeyTenant;

  /**
   * The caller and groups the authentication mechanism handed to the container for this request
   * (see {@link #established}); null when it did not run (timers, asynchronous work), where the
   * container is asked.
   */
  private String establishedName;

  private Set<String> establishedRoles;

  /**
   * The container's answers for this request, when it has to be asked. Each answer is a JACC policy
   * evaluation plus a JNDI lookup, and a request asks several times (isOperator() alone asks four);
   * the caller's roles do not change within one request.
   */
  private final Map<String, Boolean> roles = new HashMap<>();

  private String name;

  /**
   * Called by the authentication mechanism with the name and groups it hands to the container
   * ({@code notifyContainerAboutLogin}). With the default group-to-role mapping the groups are the
   * caller's roles, so the request's role checks need not go through the JACC policy again: on a
   * signed POS call they were a fifth of the CPU spent outside the database.
   */
  public void established(String caller, Set<String> groups) {
    establishedName = caller;
    establishedRoles = Set.copyOf(groups);
    name = null;
    tenantId = null;
    roles.clear();
  }

  /** The mechanism cleared the caller (logout): the container is asked again. */
  public void forgotten() {
    establishedName = null;
    establishedRoles = null;
    verifiedKey = null;
    name = null;
    tenantId = null;
    roles.clear();
  }

  /** The caller's name: a username or a POS key id; {@code anonymous} outside a request. */
  public String name() {
    if (name == null) {
      Principal p = security.getCallerPrincipal();
      name = p == null ? "anonymous" : p.getName();
    }
    return name;
  }

  public boolean isOperator() {
    return Arrays.stream(Roles.OPERATORS).anyMatch(this::isInRole);
  }

  public boolean isInRole(String role) {
    if (establishedRoles != null && establishedName.equals(name())) {
      return establishedRoles.contains(role);
    }
    return roles.computeIfAbsent(role, security::isCallerInRole);
  }

  /**
   * Called by {@link MachineAuthenticator} once a signed request passes, with the tenant of the
   * enabled key it just read: the rest of the request asks for the tenant without reading the key
   * again. It counts only for the caller the container then establishes under that key.
   */
  void verifiedMachine(String keyId, Optional<Long> tenant) {
    verifiedKey = keyId;
    verifiedKeyTenant = tenant;
  }

  /** The tenant the caller is confined to; empty for operators (who see all tenants). */
  public Optional<Long> tenantId() {
    if (tenantId == null) {
      tenantId = resolveTenant();
    }
    return tenantId;
  }

  /** The caller's own tenant; refuses a caller that has none. */
  public long requireTenantId() {
    return tenantId()
        .orElseThrow(
            () ->
                new DomainException(
                    DomainException.Kind.FORBIDDEN,
                    "TENANT_SCOPE_REQUIRED",
                    null,
                    "This operation is done by a tenant's staff or POS"));
  }

  /**
   * True when the caller may see data of the given tenant: operators see all, the others only their
   * own.
   */
  public boolean maySee(long tenant) {
    return isOperator() || tenantId().map(t -> t == tenant).orElse(false);
  }

  private Optional<Long> resolveTenant() {
    if (security.getCallerPrincipal() == null) {
      return Optional.empty();
    }
    if (verifiedKey != null && verifiedKey.equals(name())) {
      return verifiedKeyTenant;
    }
    if (isOperator()) {
      return Optional.empty();
    }
    if (isInRole(Roles.POS)) {
      return tenants.ofPosKey(name());
    }
    if (isInRole(Roles.MERCHANT_ASSISTANT)) {
      return tenants.ofUser(name());
    }
    return Optional.empty();
  }
}
