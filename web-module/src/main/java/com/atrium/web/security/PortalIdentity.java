package com.atrium.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * A logged-in person as kept in the HTTP session (replicated with it when clustered). With {@code
 * mustChangePassword} the person logged in with a password an admin set, and may only choose their
 * own until they have.
 */
public record PortalIdentity(String username, Set<String> roles, boolean mustChangePassword)
    implements Serializable {

  static final String SESSION_KEY = PortalIdentity.class.getName();

  public PortalIdentity {
    roles = Set.copyOf(roles);
  }

  /** Keeps a changed identity in the session, e.g. once the person chose their own password. */
  public static void keep(HttpSession session, PortalIdentity who) {
    session.setAttribute(SESSION_KEY, who);
  }

  /** The identity the session holds, if a person logged in on it. */
  public static Optional<PortalIdentity> of(HttpSession session) {
    return session != null && session.getAttribute(SESSION_KEY) instanceof PortalIdentity who
        ? Optional.of(who)
        : Optional.empty();
  }
}
