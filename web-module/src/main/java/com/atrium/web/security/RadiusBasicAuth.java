package com.atrium.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP basic credentials of a RADIUS server (FreeRADIUS rlm_rest) on {@code /api/v1/wifi/radius/}:
 * a WIFI_CONTROLLER key id and secret, which the server cannot sign with. The secret crosses the
 * wire in clear, so they count only from a loopback peer (FreeRADIUS next to Atrium) or over TLS;
 * the peer is the socket's, never an X-Forwarded-For header, which anyone can send.
 */
final class RadiusBasicAuth {

  static final String PREFIX = "/api/v1/wifi/radius/";
  static final String INSECURE = "RADIUS_BASIC_AUTH_INSECURE";

  private RadiusBasicAuth() {}

  record Credentials(String keyId, String secret) {}

  /** Whether the request is a RADIUS call that brings basic credentials. */
  static boolean applies(HttpServletRequest request, String mappedPath) {
    String header = request.getHeader("Authorization");
    return mappedPath.startsWith(PREFIX)
        && header != null
        && header.regionMatches(true, 0, "Basic ", 0, 6);
  }

  /** Loopback peer or TLS: the only places a secret in clear may travel. */
  static boolean safeChannel(HttpServletRequest request) {
    return request.isSecure() || isLoopback(request.getRemoteAddr());
  }

  static boolean isLoopback(String address) {
    if (address == null || !address.matches("[0-9.]{7,15}|[0-9A-Fa-f:]{2,39}(%[0-9A-Za-z]+)?")) {
      return false;
    }
    try {
      // a literal (checked above), so no name is looked up
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  static Optional<Credentials> credentials(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0
          ? Optional.empty()
          : Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
