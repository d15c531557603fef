package com.atrium.soap.partner;

import jakarta.xml.ws.spi.http.HttpContext;
import jakarta.xml.ws.spi.http.HttpExchange;
import jakarta.xml.ws.spi.http.HttpHandler;
import java.io.IOException;
import java.util.Set;

/**
 * The place one endpoint is published at, in the terms of the JAX-WS HTTP SPI: {@code
 * Endpoint.publish} hands it the runtime's handler, and {@link PartnerSoapSpiServlet} passes each
 * request to that handler. The path is relative to the application's context root and is the
 * servlet's exact mapping, so that the runtime writes it into the served WSDL's address.
 */
final class ServletHttpContext extends HttpContext {

  private final String path;

  ServletHttpContext(String path) {
    this.path = path;
  }

  @Override
  public String getPath() {
    return path;
  }

  /** True once a runtime has published an endpoint here. */
  boolean published() {
    return handler != null;
  }

  void handle(HttpExchange exchange) throws IOException {
    HttpHandler h = handler;
    if (h == null) {
      throw new IllegalStateException("No endpoint is published at " + path);
    }
    h.handle(exchange);
  }

  @Override
  public Object getAttribute(String name) {
    return null;
  }

  @Override
  public Set<String> getAttributeNames() {
    return Set.of();
  }
}
