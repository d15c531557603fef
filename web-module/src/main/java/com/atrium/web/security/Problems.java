package com.atrium.web.security;

import com.atrium.api.problem.Problem;
import com.atrium.security.SignedRequest;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes the problem answer of a refused machine request before JAX-RS is reached (the
 * authentication mechanism has only the servlet response); the document is the API's own {@link
 * Problem}, so every error of Atrium has one shape.
 */
final class Problems {

  private static final Jsonb JSON = JsonbBuilder.create();

  private Problems() {}

  static void unauthorized(HttpServletResponse response, SignedRequest.Rejection reason) {
    response.setHeader("WWW-Authenticate", "Atrium-HMAC-SHA256");
    write(response, Problem.of(401, "Unauthorized", reason.name(), reason.detail(), null));
  }

  /** A verified machine asked for what its kind may not call. */
  static void forbidden(HttpServletResponse response, String code, String detail) {
    write(response, Problem.of(403, "Forbidden", code, detail, null));
  }

  private static void write(HttpServletResponse response, Problem problem) {
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try {
      response.getWriter().write(JSON.toJson(problem));
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
