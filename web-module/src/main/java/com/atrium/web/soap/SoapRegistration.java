package com.atrium.web.soap;

import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;

/**
 * Maps {@code /soap/*} at deployment, for whichever SOAP runtime the WAR meets:
 *
 * <ul>
 *   <li>CXF packaged in the WAR (Payara Micro, which has no JAX-WS of its own): CXF's servlet on
 *       {@code /soap/*};
 *   <li>no CXF, but the server's own JAX-WS runtime (Metro on full Payara Server, the EAR's
 *       "server" WAR): the endpoint published through the JAX-WS HTTP SPI on {@code /soap/partner};
 *   <li>neither: {@link SoapUnavailableServlet}'s 503.
 * </ul>
 *
 * In both first cases the same XML gate filter runs on {@code /soap/*} before the runtime parses
 * anything. Everything is named by class, never referenced, so that this class loads in any WAR.
 */
@WebListener
public class SoapRegistration implements ServletContextListener {

  static final String PATTERN = "/soap/*";
  static final String ENDPOINT_PATH = "/soap/partner";
  static final String ENDPOINT_SERVLET = "com.atrium.soap.partner.PartnerSoapServlet";
  static final String SPI_SERVLET = "com.atrium.soap.partner.PartnerSoapSpiServlet";
  static final String GATE_FILTER = "com.atrium.soap.partner.SoapGate";
  private static final String CXF_SERVLET = "org.apache.cxf.transport.servlet.CXFNonSpringServlet";

  /** Metro's JAX-WS provider, which full Payara Server brings (and Payara Micro does not). */
  private static final String METRO_PROVIDER = "com.sun.xml.ws.spi.ProviderImpl";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    if (packaged(context, CXF_SERVLET) && packaged(context, ENDPOINT_SERVLET)) {
      gate(context);
      ServletRegistration.Dynamic soap = context.addServlet("PartnerSoap", ENDPOINT_SERVLET);
      soap.addMapping(PATTERN);
      soap.setLoadOnStartup(2);
    } else if (packaged(context, METRO_PROVIDER) && packaged(context, SPI_SERVLET)) {
      gate(context);
      ServletRegistration.Dynamic soap = context.addServlet("PartnerSoap", SPI_SERVLET);
      soap.addMapping(ENDPOINT_PATH);
      soap.setLoadOnStartup(2);
    } else {
      context.addServlet("SoapUnavailable", SoapUnavailableServlet.class).addMapping(PATTERN);
    }
  }

  private static void gate(ServletContext context) {
    FilterRegistration.Dynamic gate = context.addFilter("SoapGate", GATE_FILTER);
    gate.addMappingForUrlPatterns(null, false, PATTERN);
  }

  private static boolean packaged(ServletContext context, String className) {
    try {
      Class.forName(className, false, context.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
