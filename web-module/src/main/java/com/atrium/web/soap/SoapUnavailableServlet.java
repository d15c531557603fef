package com.atrium.web.soap;

import com.atrium.api.problem.Problems;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /soap/*} where the WAR carries no SOAP runtime (the EAR on full Payara Server): 503
 * SOAP_UNAVAILABLE as problem+json, pointing partners at the signed REST API, which offers the same
 * operations (docs/full-server.md).
 */
public class SoapUnavailableServlet extends HttpServlet {

  static final String CODE = "SOAP_UNAVAILABLE";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Problems.write(
        response,
        503,
        CODE,
        "SOAP is not served by this installation; use the signed REST API /api/v1/partner");
  }
}
