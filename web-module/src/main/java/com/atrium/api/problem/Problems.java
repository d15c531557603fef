package com.atrium.api.problem;

import jakarta.ws.rs.core.Response;

/** Builds problem responses. */
public final class Problems {

  private Problems() {}

  public static Response response(int status, String code, String detail, String field) {
    Response.Status s = Response.Status.fromStatusCode(status);
    String title = s == null ? "Error" : s.getReasonPhrase();
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(Problem.of(status, title, code, detail, field))
        .build();
  }
}
