package com.atrium.web.security;

import java.io.Serializable;
import java.util.Set;

/** A logged-in person as kept in the HTTP session (replicated with it when clustered). */
public record PortalIdentity(String username, Set<String> roles) implements Serializable {

  static final String SESSION_KEY = PortalIdentity.class.getName();

  public PortalIdentity {
    roles = Set.copyOf(roles);
  }
}
