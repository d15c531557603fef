package com.atrium.web.security;

import com.atrium.security.SignedRequest;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Writes RFC 9457 problem answers for refused machine requests, with a stable code. */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  public static String json(int status, String title, String code, String detail) {
    return Json.createObjectBuilder()
        .add("type", "urn:atrium:problem:" + code)
        .add("title", title)
        .add("status", status)
        .add("detail", detail)
        .add("code", code)
        .build()
        .toString();
  }

  static void unauthorized(HttpServletResponse response, SignedRequest.Rejection reason) {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("WWW-Authenticate", "Atrium-HMAC-SHA256");
    try {
      response.getWriter().write(json(401, "Unauthorized", reason.name(), reason.detail()));
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
