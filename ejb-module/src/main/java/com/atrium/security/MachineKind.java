package com.atrium.security;

import java.util.Locale;

/**
 * What a machine client is. The kind decides the client's role, the scope it is bound to and (in
 * the web module's authentication mechanism) the one API prefix it may call.
 */
public enum MachineKind {
  /** A tenant's POS system; scope: that tenant. */
  POS(Roles.POS, MachineScope.Tenant.class, "pos"),
  /** A mall's car park system; scope: that mall. */
  CAR_PARK(Roles.CAR_PARK, MachineScope.Mall.class, "park"),
  /** A mall's WiFi controller (or the RADIUS server in front of it); scope: that mall. */
  WIFI_CONTROLLER(Roles.WIFI_CONTROLLER, MachineScope.Mall.class, "wifi"),
  /** An outside partner (bank, airline, coalition); scope: that partner. */
  PARTNER(Roles.PARTNER, MachineScope.Partner.class, "partner");

  private final String role;
  private final Class<? extends MachineScope> scope;
  private final String keyPrefix;

  MachineKind(String role, Class<? extends MachineScope> scope, String keyPrefix) {
    this.role = role;
    this.scope = scope;
    this.keyPrefix = keyPrefix;
  }

  /** The one role a verified key of this kind is given. */
  public String role() {
    return role;
  }

  /** True when a client of this kind may be bound to {@code scope}. */
  public boolean fits(MachineScope scope) {
    return this.scope.isInstance(scope);
  }

  /** The start of the key ids generated for this kind, e.g. {@code park-}. */
  String keyPrefix() {
    return keyPrefix;
  }

  /** The scope this kind is bound to: tenant, mall or partner. */
  public String scopeName() {
    return scope.getSimpleName().toLowerCase(Locale.ROOT);
  }
}
