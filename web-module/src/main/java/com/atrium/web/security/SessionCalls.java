package com.atrium.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Cross-site request forgery guard of the operators' API when it is called with the portal session:
 * a state-changing call must carry the header {@value #HEADER}. A page of another origin cannot add
 * a custom header without a CORS preflight, which Atrium never grants, so a forged form or script
 * is refused whatever cookies the browser sends along. Signed machine requests carry no cookie and
 * need no such header.
 */
final class SessionCalls {

  /** The header a session-authenticated POST, PUT, PATCH or DELETE must carry (any value). */
  static final String HEADER = "X-Requested-By";

  /** The stable problem code of a state-changing session call without {@value #HEADER}. */
  static final String CODE = "CSRF_HEADER_REQUIRED";

  static final String DETAIL =
      "A call with the portal session that changes something must carry the header "
          + HEADER
          + " (any value)";

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private SessionCalls() {}

  static boolean allowed(HttpServletRequest request) {
    String header = request.getHeader(HEADER);
    return SAFE.contains(request.getMethod()) || header != null && !header.isBlank();
  }
}
