package com.atrium.soap.partner;

import com.atrium.partner.PartnerExchange;
import com.atrium.partner.PartnerReconciliation;
import com.atrium.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletConfig;
import jakarta.xml.ws.handler.Handler;
import java.util.List;
import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;

/**
 * CXF under {@code /soap/*}, publishing {@link PartnerEndpoint} at {@code /soap/partner} with the
 * checked-in WSDL (served at {@code ?wsdl}), the UsernameToken check and CXF's own XML limits (the
 * same as {@link SoapGate}'s, a second line behind it). Registered by {@code
 * web.soap.SoapRegistration} when CXF is in the WAR.
 */
public class PartnerSoapServlet extends CXFNonSpringServlet {

  @EJB PartnerExchange partners;
  @EJB PartnerReconciliation reconciliation;
  @Inject CurrentCaller caller;
  @Inject SecurityContext security;

  @Override
  protected void loadBus(ServletConfig config) {
    super.loadBus(config);
    Bus bus = getBus();
    XmlLimits.cxfProperties().forEach(bus::setProperty);
    // a refusal with a stable code is an answer, not a failure: CXF would log each with its stack
    // trace; unexpected failures are logged by PartnerEndpoint with an incident id
    bus.setProperty(FaultListener.class.getName(), (FaultListener) SoapFaults::logByCxf);
    EndpointImpl endpoint =
        new EndpointImpl(bus, new PartnerEndpoint(partners, reconciliation, caller));
    // a reconciliation file's one long text, let through by SoapGate, gets its own StAX bound
    endpoint.getInInterceptors().add(new FileUploadLimits());
    endpoint.publish("/partner");
    @SuppressWarnings("rawtypes")
    List<Handler> chain = List.of(new UsernameTokenHandler(security));
    endpoint.getBinding().setHandlerChain(chain);
  }
}
