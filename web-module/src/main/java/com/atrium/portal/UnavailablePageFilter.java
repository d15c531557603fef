package com.atrium.portal;

import com.atrium.api.problem.ServiceUnavailable;
import com.atrium.platform.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A page that fails because the database cannot be reached is answered with the friendly {@link
 * #PAGE} (503, Retry-After) instead of the container's error page; anything under {@code /api/}
 * that escapes JAX-RS gets the API's problem answer. Other failures pass unchanged. The page needs
 * no database, and the person's session is kept, so the same link works again once the database is
 * back.
 */
@WebFilter(filterName = "UnavailablePageFilter", urlPatterns = "/*")
public class UnavailablePageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(UnavailablePageFilter.class.getName());

  static final String PAGE = "/unavailable.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException failure) {
      if (response.isCommitted() || !DatabaseUnavailable.isCauseOf(failure)) {
        throw failure;
      }
      LOG.log(Level.FINE, "Database unreachable, answered 503: {0}", String.valueOf(failure));
      response.reset();
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.startsWith("/api/")) {
        ServiceUnavailable.write(response);
        return;
      }
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader(
          ServiceUnavailable.RETRY_AFTER, Integer.toString(ServiceUnavailable.retryAfterSeconds()));
      response.setHeader("Cache-Control", "no-store");
      request.getRequestDispatcher(PAGE).forward(asPlainGet(request), response);
    }
  }

  /**
   * The failed request as a GET without parameters, so that the page renders afresh instead of as a
   * postback of the form that failed (whose view state belongs to another page).
   */
  private static HttpServletRequest asPlainGet(HttpServletRequest request) {
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getMethod() {
        return "GET";
      }

      @Override
      public String getQueryString() {
        return null;
      }

      @Override
      public String getParameter(String name) {
        return null;
      }

      @Override
      public Map<String, String[]> getParameterMap() {
        return Map.of();
      }

      @Override
      public Enumeration<String> getParameterNames() {
        return Collections.emptyEnumeration();
      }

      @Override
      public String[] getParameterValues(String name) {
        return null;
      }
    };
  }
}
