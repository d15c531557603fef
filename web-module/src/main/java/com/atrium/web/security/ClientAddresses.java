package com.atrium.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client address a login attempt counts against: the socket's peer, unless that peer is one of
 * the configured trusted proxies ({@code atrium.login.trusted-proxies}); then the nearest address
 * in {@code X-Forwarded-For} that is not itself a trusted proxy. Without trusted proxies the header
 * is ignored, since anyone can send it.
 */
@ApplicationScoped
public class ClientAddresses {

  static final String FORWARDED_FOR = "X-Forwarded-For";
  private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  @Inject
  @ConfigProperty(name = "atrium.login.trusted-proxies")
  Optional<String> trustedProxies;

  public String of(HttpServletRequest request) {
    return resolve(
        request.getRemoteAddr(),
        request.getHeaders(FORWARDED_FOR) == null
            ? List.of()
            : Collections.list(request.getHeaders(FORWARDED_FOR)),
        trusted(trustedProxies.orElse("")));
  }

  static Set<String> trusted(String setting) {
    return Arrays.stream(setting.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Walks the forwarded chain from the nearest hop outwards while the hop is a trusted proxy; the
   * first hop that is not is the client. A malformed entry ends the walk at the last trusted hop.
   */
  static String resolve(String peer, List<String> forwardedFor, Set<String> trusted) {
    String client = peer;
    if (!trusted.contains(client)) {
      return client;
    }
    List<String> hops =
        forwardedFor.stream()
            .flatMap(h -> Arrays.stream(h.split(",")))
            .map(String::strip)
            .filter(h -> !h.isEmpty())
            .toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!IP_LITERAL.matcher(hop).matches()) {
        return client;
      }
      client = hop;
      if (!trusted.contains(hop)) {
        return client;
      }
    }
    return client;
  }
}
