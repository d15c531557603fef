package com.atrium.soap.partner;

import com.atrium.partner.PartnerExchange;
import com.atrium.partner.PartnerReconciliation;
import com.atrium.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.xml.ws.Endpoint;
import jakarta.xml.ws.handler.Handler;
import java.io.IOException;
import java.util.List;

/**
 * {@link PartnerEndpoint} at {@code /soap/partner} on the server's own JAX-WS runtime (Metro on
 * full Payara Server), published through the standard HTTP SPI ({@code
 * Endpoint.publish(HttpContext)}): the same endpoint object, the same checked-in WSDL (its {@code
 * wsdlLocation}, served at {@code ?wsdl}) and the same {@link UsernameTokenHandler} as CXF's {@link
 * PartnerSoapServlet} on Payara Micro, behind the same {@link SoapGate}. Only standard APIs: it
 * names no runtime.
 */
public class PartnerSoapSpiServlet extends HttpServlet {

  static final String PATH = "/soap/partner";

  @EJB transient PartnerExchange partners;
  @EJB transient PartnerReconciliation reconciliation;
  @Inject transient CurrentCaller caller;
  @Inject transient SecurityContext security;

  private transient Endpoint endpoint;
  private transient ServletHttpContext context;

  @Override
  public void init() throws ServletException {
    endpoint = Endpoint.create(new PartnerEndpoint(partners, reconciliation, caller));
    @SuppressWarnings("rawtypes")
    List<Handler> chain = List.of(new UsernameTokenHandler(security));
    endpoint.getBinding().setHandlerChain(chain);
    context = new ServletHttpContext(PATH);
    endpoint.publish(context);
    if (!context.published()) {
      throw new ServletException("The JAX-WS runtime did not publish the partner endpoint");
    }
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    context.handle(new ServletHttpExchange(context, request, response, getServletContext()));
  }

  @Override
  public void destroy() {
    if (endpoint != null) {
      endpoint.stop();
    }
  }
}
