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
 * Who is calling, and which tenant, mall or partner the call is confined to. A merchant assistant
 * or manager and a POS key are bound to exactly one tenant, a car park or WiFi controller key to
 * one mall, a partner key to one partner; operators see every tenant. Services ask this bean, never
 * a request parameter, which tenant, mall or partner they may touch.
 */
@RequestScoped
public class CurrentCaller {

  @Inject SecurityContext security;
  @Inject CallerTenants tenants;

  private Optional<Long> tenantId;

  /** The machine key verified for this request, its kind and scope, as read with the key. */
  private String verifiedKey;

  private MachineScope verifiedScope;

  /** The machine scope resolved for this request; null until asked. */
  private Optional<MachineScope> machineScope;

  /** The one mall a caller is confined to, once asked; see {@link #mallId}. */
  private Optional<Long> mallScope;

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
    machineScope = null;
    mallScope = null;
    roles.clear();
  }

  /** The mechanism cleared the caller (logout): the container is asked again. */
  public void forgotten() {
    establishedName = null;
    establishedRoles = null;
    verifiedKey = null;
    name = null;
    tenantId = null;
    machineScope = null;
    mallScope = null;
    roles.clear();
  }

  /** The caller's name: a username or a machine key id; {@code anonymous} outside a request. */
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
   * Called by {@link MachineAuthenticator} once a signed request passes, with the scope of the
   * enabled key it just read: the rest of the request asks for it without reading the key again. It
   * counts only for the caller the container then establishes under that key.
   */
  void verifiedMachine(String keyId, MachineScope scope) {
    verifiedKey = keyId;
    verifiedScope = scope;
  }

  /**
   * The scope of a calling machine: its tenant (POS), mall (car park, WiFi controller) or partner;
   * empty for people.
   */
  public Optional<MachineScope> machineScope() {
    if (machineScope == null) {
      machineScope = resolveMachineScope();
    }
    return machineScope;
  }

  /**
   * The one mall the caller is confined to: a car park's or WiFi controller's, or a one-mall
   * operator's (a mall's marketing manager, say). Empty for group-wide operators, and for callers
   * bound to a tenant or a partner, whose scope is narrower or elsewhere.
   */
  public Optional<Long> mallId() {
    if (mallScope == null) {
      mallScope = resolveMallScope();
    }
    return mallScope;
  }

  /**
   * Refuses a one-mall caller: who may log in, and with which machine keys, is decided for the
   * whole group (a one-mall admin could otherwise grant access beyond their mall).
   */
  public void requireGroupWide() {
    requireGroupWide("Logins and machine keys are managed by a group-wide administrator");
  }

  /** Refuses a one-mall caller what concerns every mall, saying why. */
  public void requireGroupWide(String why) {
    if (mallId().isPresent()) {
      throw new DomainException(DomainException.Kind.FORBIDDEN, "GROUP_SCOPE_REQUIRED", null, why);
    }
  }

  /**
   * True when the caller may see data of the given mall: group-wide callers see every mall, a
   * one-mall caller only theirs.
   */
  public boolean maySeeMall(long mall) {
    return mallId().map(m -> m == mall).orElse(true);
  }

  private Optional<Long> resolveMallScope() {
    if (security.getCallerPrincipal() == null) {
      return Optional.empty();
    }
    if (isOperator()) {
      return tenants.mallOfUser(name());
    }
    return machineScope().flatMap(MachineScope::mallId);
  }

  /** The partner a partner key is bound to; empty for any other caller. */
  public Optional<String> partnerCode() {
    return machineScope().flatMap(MachineScope::partnerCode);
  }

  /** The calling machine's own mall; refuses a caller that has none. */
  public long requireMallId() {
    return machineScope()
        .flatMap(MachineScope::mallId)
        .orElseThrow(
            () ->
                new DomainException(
                    DomainException.Kind.FORBIDDEN,
                    "MALL_SCOPE_REQUIRED",
                    null,
                    "This operation is done by a mall's car park or WiFi controller"));
  }

  /** The calling partner's code; refuses a caller that is not a partner. */
  public String requirePartnerCode() {
    return partnerCode()
        .orElseThrow(
            () ->
                new DomainException(
                    DomainException.Kind.FORBIDDEN,
                    "PARTNER_SCOPE_REQUIRED",
                    null,
                    "This operation is done by a partner"));
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
      return verifiedScope.tenantId();
    }
    if (isOperator()) {
      return Optional.empty();
    }
    if (isMachine()) {
      return machineScope().flatMap(MachineScope::tenantId);
    }
    if (Arrays.stream(Roles.TENANT_BOUND).anyMatch(this::isInRole)) {
      return tenants.ofUser(name());
    }
    return Optional.empty();
  }

  private Optional<MachineScope> resolveMachineScope() {
    if (security.getCallerPrincipal() == null) {
      return Optional.empty();
    }
    if (verifiedKey != null && verifiedKey.equals(name())) {
      return Optional.of(verifiedScope);
    }
    return isMachine() ? tenants.ofMachineKey(name()) : Optional.empty();
  }

  private boolean isMachine() {
    return Arrays.stream(MachineKind.values()).map(MachineKind::role).anyMatch(this::isInRole);
  }
}
