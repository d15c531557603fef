package com.atrium.soap.partner;

import com.atrium.partner.PartnerExchange;
import com.atrium.partner.PartnerReconciliation;
import com.atrium.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletConfig;
import jakarta.xml.ws.handler.Handler;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.List;
import org.apache.cxf.Bus;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.message.Message;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;

/**
 * CXF under {@code /soap/*}, publishing {@link PartnerEndpoint} at {@code /soap/partner} with the
 * checked-in WSDL (served at {@code ?wsdl}), the UsernameToken check and CXF's own XML limits (the
 * same as {@link SoapGate}'s, a second line behind it). Registered by {@code
 * web.soap.SoapRegistration} when CXF is in the WAR (Payara Micro); the one class that names CXF,
 * left out of the EAR's WAR, where {@link PartnerSoapSpiServlet} publishes the same endpoint on
 * Metro.
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
    bus.setProperty(FaultListener.class.getName(), (FaultListener) PartnerSoapServlet::logByCxf);
    EndpointImpl endpoint =
        new EndpointImpl(bus, new PartnerEndpoint(partners, reconciliation, caller));
    // a reconciliation file's one long text, let through by SoapGate, gets its own StAX bound
    endpoint.getInInterceptors().add(new FileUploadLimits());
    endpoint.publish("/partner");
    @SuppressWarnings("rawtypes")
    List<Handler> chain = List.of(new UsernameTokenHandler(security));
    endpoint.getBinding().setHandlerChain(chain);
  }

  /**
   * CXF's {@code FaultListener}: true (CXF logs it) unless the fault carries one of the stable
   * codes, which an operation or the UsernameToken check answered on purpose.
   */
  static boolean logByCxf(Exception failure, String description, Message message) {
    Throwable f = failure;
    while (f != null) {
      if (f instanceof Fault fault
          && SoapFaults.NS.equals(fault.getFaultCode().getNamespaceURI())) {
        return false;
      }
      if (f instanceof SOAPFaultException s
          && SoapFaults.NS.equals(s.getFault().getFaultCodeAsQName().getNamespaceURI())) {
        return false;
      }
      f = f.getCause() == f ? null : f.getCause();
    }
    return true;
  }
}
