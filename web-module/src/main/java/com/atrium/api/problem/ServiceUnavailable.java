package com.atrium.api.problem;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The answer while the database cannot be reached: {@code 503} problem+json with the stable code
 * {@link #CODE} and a {@code Retry-After} in seconds ({@code
 * atrium.unavailable.retry-after-seconds}). Nothing was recorded by a request answered so; a client
 * retries it with the same Idempotency-Key, which also finds a write whose commit was in flight
 * when the connection broke.
 */
public final class ServiceUnavailable {

  public static final String CODE = "SERVICE_UNAVAILABLE";
  public static final String RETRY_AFTER = "Retry-After";
  static final String RETRY_AFTER_KEY = "atrium.unavailable.retry-after-seconds";
  static final String DETAIL =
      "Atrium cannot reach its database right now; nothing was recorded. Retry after the seconds in"
          + " Retry-After, with the same Idempotency-Key.";
  private static final int DEFAULT_RETRY_AFTER = 30;

  private ServiceUnavailable() {}

  /** Seconds a client should wait before retrying; at least 1. */
  public static int retryAfterSeconds() {
    int seconds =
        ConfigProvider.getConfig()
            .getOptionalValue(RETRY_AFTER_KEY, Integer.class)
            .orElse(DEFAULT_RETRY_AFTER);
    return Math.max(1, seconds);
  }

  public static Response response() {
    return Response.fromResponse(
            Problems.response(
                Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), CODE, DETAIL, null))
        .header(RETRY_AFTER, retryAfterSeconds())
        .build();
  }

  /** Writes the same answer to a servlet response, where JAX-RS is not reached. */
  public static void write(HttpServletResponse response) {
    response.setHeader(RETRY_AFTER, Integer.toString(retryAfterSeconds()));
    Problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, CODE, DETAIL);
  }
}
