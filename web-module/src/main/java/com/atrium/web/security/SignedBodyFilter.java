package com.atrium.web.security;

import com.atrium.api.problem.Problems;
import com.atrium.security.RequestSignature;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The authentication mechanism checks the signature over the body hash the client declared; this
 * filter checks that the body that actually arrived has that hash. Runs before resource matching,
 * so a tampered body is refused whatever the path.
 */
@Provider
@PreMatching
public class SignedBodyFilter implements ContainerRequestFilter {

  public static final String CODE = "BODY_HASH_MISMATCH";

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String declared = request.getHeaderString(RequestSignature.CONTENT_SHA256);
    if (declared == null) {
      return;
    }
    byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
    request.setEntityStream(new ByteArrayInputStream(body));
    if (!RequestSignature.sha256Hex(body).equals(declared)) {
      request.abortWith(
          Problems.response(
              400, CODE, "The SHA-256 of the body differs from X-Atrium-Content-SHA256", null));
    }
  }
}
