package com.atrium.soap.partner;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.spi.http.HttpContext;
import jakarta.xml.ws.spi.http.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One servlet request and its response as a JAX-WS HTTP SPI exchange. The runtime's handlers see
 * the servlet request, response and context under the standard {@link MessageContext} keys (so
 * {@link UsernameTokenHandler} authenticates on the real request), and the status and headers the
 * runtime sets reach the response before its first byte. Addresses are the request's own host and
 * port (no reverse DNS), so the served WSDL names the address the client used, as CXF's does.
 */
final class ServletHttpExchange extends HttpExchange {

  private final HttpContext context;
  private final HttpServletRequest request;
  private final HttpServletResponse response;
  private final ServletContext servletContext;
  private final Map<String, List<String>> responseHeaders =
      new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private int status = HttpServletResponse.SC_OK;
  private boolean committed;

  ServletHttpExchange(
      HttpContext context,
      HttpServletRequest request,
      HttpServletResponse response,
      ServletContext servletContext) {
    this.context = context;
    this.request = request;
    this.response = response;
    this.servletContext = servletContext;
  }

  @Override
  public Map<String, List<String>> getRequestHeaders() {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, Collections.list(request.getHeaders(name)));
    }
    return headers;
  }

  @Override
  public String getRequestHeader(String name) {
    return request.getHeader(name);
  }

  @Override
  public Map<String, List<String>> getResponseHeaders() {
    return responseHeaders;
  }

  @Override
  public void addResponseHeader(String name, String value) {
    responseHeaders.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
  }

  @Override
  public String getRequestURI() {
    return request.getRequestURI();
  }

  @Override
  public String getContextPath() {
    return request.getContextPath();
  }

  @Override
  public String getRequestMethod() {
    return request.getMethod();
  }

  @Override
  public HttpContext getHttpContext() {
    return context;
  }

  /**
   * Commits status and headers when the runtime wrote no body (e.g. a one-way answer); the
   * container completes the response when the servlet returns.
   */
  @Override
  public void close() {
    commit();
  }

  @Override
  public InputStream getRequestBody() throws IOException {
    return request.getInputStream();
  }

  @Override
  public OutputStream getResponseBody() throws IOException {
    commit();
    return response.getOutputStream();
  }

  @Override
  public void setStatus(int status) {
    this.status = status;
  }

  @Override
  public InetSocketAddress getRemoteAddress() {
    return InetSocketAddress.createUnresolved(request.getRemoteAddr(), request.getRemotePort());
  }

  @Override
  public InetSocketAddress getLocalAddress() {
    return InetSocketAddress.createUnresolved(request.getServerName(), request.getServerPort());
  }

  @Override
  public String getProtocol() {
    return request.getProtocol();
  }

  @Override
  public String getScheme() {
    return request.getScheme();
  }

  @Override
  public String getPathInfo() {
    return request.getPathInfo();
  }

  @Override
  public String getQueryString() {
    return request.getQueryString();
  }

  @Override
  public Object getAttribute(String name) {
    return switch (name) {
      case MessageContext.SERVLET_REQUEST -> request;
      case MessageContext.SERVLET_RESPONSE -> response;
      case MessageContext.SERVLET_CONTEXT -> servletContext;
      default -> request.getAttribute(name);
    };
  }

  @Override
  public Set<String> getAttributeNames() {
    return Set.of(
        MessageContext.SERVLET_REQUEST,
        MessageContext.SERVLET_RESPONSE,
        MessageContext.SERVLET_CONTEXT);
  }

  @Override
  public Principal getUserPrincipal() {
    return request.getUserPrincipal();
  }

  @Override
  public boolean isUserInRole(String role) {
    return request.isUserInRole(role);
  }

  private void commit() {
    if (committed) {
      return;
    }
    committed = true;
    response.setStatus(status);
    responseHeaders.forEach(
        (name, values) -> {
          for (String value : values) {
            if ("Content-Type".equalsIgnoreCase(name)) {
              response.setContentType(value);
            } else if ("Content-Length".equalsIgnoreCase(name)) {
              response.setContentLengthLong(Long.parseLong(value.trim()));
            } else {
              response.addHeader(name, value);
            }
          }
        });
  }
}
