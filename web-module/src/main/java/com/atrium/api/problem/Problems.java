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

  /**
   * An answer given by status alone, by the JAX-RS runtime (no such resource, method, media type)
   * or by the container (its security constraints): the status's stable code and a fixed detail.
   */
  public static Response byStatus(int status) {
    return response(status, codeOf(status), detailOf(status), null);
  }

  /** {@link #byStatus(int)} written straight to a servlet response. */
  public static void writeByStatus(HttpServletResponse response, int status) {
    write(response, status, codeOf(status), detailOf(status));
  }

  /** The stable code of an answer given by status alone; docs/security.md lists them. */
  public static String codeOf(int status) {
    return switch (status) {
      case 400 -> "BAD_REQUEST";
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "FORBIDDEN";
      case 404 -> "NOT_FOUND";
      case 405 -> "METHOD_NOT_ALLOWED";
      case 406 -> "NOT_ACCEPTABLE";
      case 413 -> "BODY_TOO_LARGE";
      case 415 -> "UNSUPPORTED_MEDIA_TYPE";
      default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
    };
  }

  private static String detailOf(int status) {
    return switch (status) {
      case 401 -> "Sign the request (X-Atrium-* headers) or, on the operators' API, log in";
      case 403 -> "The caller may not do this";
      case 404 -> "No such resource";
      case 405 -> "The resource does not answer this method; the Allow header lists those it does";
      case 406 -> "The resource cannot answer in a media type the Accept header allows";
      case 413 -> "The request body is too large";
      case 415 -> "Send the body as application/json";
      default -> title(status);
    };
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
