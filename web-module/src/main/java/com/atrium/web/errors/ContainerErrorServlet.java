package com.atrium.web.errors;

import com.atrium.api.problem.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of the statuses the container answers by itself (web.xml {@code <error-page>}),
 * e.g. a 403 of a security constraint. A request under {@code /api/} gets the same problem document
 * as every API refusal; a portal request gets {@value #PORTAL_PAGE}, never the server's own page.
 */
@WebServlet(ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

  static final String PATH = "/container-error";

  static final String PORTAL_PAGE = "/error.xhtml";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    int status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s ? s : 404;
    String uri =
        request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String u
            ? u
            : request.getRequestURI();
    String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    if (path.startsWith("/api/") || path.equals("/api")) {
      response.reset();
      if (status == HttpServletResponse.SC_UNAUTHORIZED) {
        response.setHeader("WWW-Authenticate", "Atrium-HMAC-SHA256");
      }
      Problems.writeByStatus(response, status);
      return;
    }
    response.setStatus(status);
    request.getRequestDispatcher(PORTAL_PAGE).forward(request, response);
  }
}
