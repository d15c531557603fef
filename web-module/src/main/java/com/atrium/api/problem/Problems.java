package com.atrium.api.problem;

import com.atrium.security.SignedRequest;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Builds every problem answer of Atrium: as a JAX-RS response, or written straight to the servlet
 * response where a request is refused before JAX-RS is reached (the authentication mechanism). One
 * {@link Problem} document either way.
 */
public final class Problems {

  private static final Jsonb JSON = JsonbBuilder.create();

  private Problems() {}

  public static Response response(int status, String code, String detail, String field) {
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(Problem.of(status, title(status), code, detail, field))
        .build();
  }

  /** A refused machine signature: 401 with the rejection as code, and the scheme to use. */
  public static void unauthorized(HttpServletResponse response, SignedRequest.Rejection reason) {
    response.setHeader("WWW-Authenticate", "Atrium-HMAC-SHA256");
    write(response, HttpServletResponse.SC_UNAUTHORIZED, reason.name(), reason.detail());
  }

  /** A verified machine asked for what its kind may not call: 403 with the code. */
  public static void forbidden(HttpServletResponse response, String code, String detail) {
    write(response, HttpServletResponse.SC_FORBIDDEN, code, detail);
  }

  /** Writes a problem to a servlet response and commits it. */
  public static void write(HttpServletResponse response, int status, String code, String detail) {
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try {
      response
          .getWriter()
          .write(JSON.toJson(Problem.of(status, title(status), code, detail, null)));
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String title(int status) {
    Response.Status s = Response.Status.fromStatusCode(status);
    return s == null ? "Error" : s.getReasonPhrase();
  }
}
